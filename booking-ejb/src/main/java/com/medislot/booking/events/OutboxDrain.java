package com.medislot.booking.events;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;

/**
 * One node's drain of the outbox: relays rounds until a round comes back short of a full batch. At
 * most one drain runs at a time; a wake-up that arrives while one runs makes it go round once more,
 * so an event committed during a drain never waits for the next poll. Thread-safe.
 */
final class OutboxDrain {

  /** Relays one batch; returns how many events it sent. */
  @FunctionalInterface
  interface Round {
    int relay() throws SQLException;
  }

  private final Round round;
  private final int batchSize;
  private final IntConsumer sent;
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean requested = new AtomicBoolean();

  OutboxDrain(Round round, int batchSize, IntConsumer sent) {
    this.round = round;
    this.batchSize = batchSize;
    this.sent = sent;
  }

  /** Records that there is something to send; the caller then runs {@link #drain()}. */
  void request() {
    requested.set(true);
  }

  /**
   * Relays until the outbox is empty, unless another drain is running (which then goes round again
   * for this caller's request).
   *
   * @throws SQLException as thrown by a round; the rest is left to the next drain
   */
  void drain() throws SQLException {
    do {
      if (!running.compareAndSet(false, true)) {
        return;
      }
      requested.set(false);
      try {
        int n;
        do {
          n = round.relay();
          sent.accept(n);
        } while (n == batchSize);
      } finally {
        running.set(false);
      }
    } while (requested.get());
  }
}
