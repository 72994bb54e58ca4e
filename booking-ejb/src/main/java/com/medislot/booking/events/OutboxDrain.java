package com.medislot.booking.events;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

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
  private final LongSupplier nanoTime;

  private static final long BETWEEN_ROUNDS = Long.MIN_VALUE;

  /** When the round in progress started (on {@code nanoTime}), or {@link #BETWEEN_ROUNDS}. */
  private final AtomicLong roundStarted = new AtomicLong(BETWEEN_ROUNDS);

  OutboxDrain(Round round, int batchSize, IntConsumer sent) {
    this(round, batchSize, sent, System::nanoTime);
  }

  OutboxDrain(Round round, int batchSize, IntConsumer sent, LongSupplier nanoTime) {
    this.round = round;
    this.batchSize = batchSize;
    this.sent = sent;
    this.nanoTime = nanoTime;
  }

  /**
   * How long the round in progress has been running; empty between rounds. A round that never ends
   * is a relay waiting on its broker (one that blocks producers, for instance on a full disk):
   * nothing fails, so only its duration tells.
   */
  Optional<Duration> roundRunningFor() {
    long started = roundStarted.get();
    return started == BETWEEN_ROUNDS
        ? Optional.empty()
        : Optional.of(Duration.ofNanos(nanoTime.getAsLong() - started));
  }

  /**
   * Records that there is something to send.
   *
   * @return whether the caller must start a {@link #drain()}: false while one is running, which
   *     then goes round once more for this request (so a busy node does not queue a drain per
   *     commit)
   */
  boolean request() {
    requested.set(true);
    // read after the write: a drain that has just stopped running sees the request, or the
    // caller sees it stopped
    return !running.get();
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
          roundStarted.set(nanoTime.getAsLong());
          try {
            n = round.relay();
          } finally {
            roundStarted.set(BETWEEN_ROUNDS);
          }
          sent.accept(n);
        } while (n == batchSize);
      } finally {
        running.set(false);
      }
    } while (requested.get());
  }
}
