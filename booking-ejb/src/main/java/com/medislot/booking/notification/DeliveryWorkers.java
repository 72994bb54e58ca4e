package com.medislot.booking.notification;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One node's senders: at most {@code max} workers at once, each delivering until nothing is due. A
 * wake-up ({@link #request()}) that comes while every worker is busy is not lost: the first one to
 * find nothing due goes round once more, so a notification stored meanwhile never waits for the
 * next poll. Thread-safe.
 */
final class DeliveryWorkers {

  /** Delivers one due notification; returns whether there was one. */
  @FunctionalInterface
  interface Delivery {
    boolean next();
  }

  private final Delivery delivery;
  private final int max;
  private final AtomicInteger active = new AtomicInteger();
  private final AtomicBoolean requested = new AtomicBoolean();

  DeliveryWorkers(Delivery delivery, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("at least one sender is needed, not " + max);
    }
    this.delivery = delivery;
    this.max = max;
  }

  /** Something became due: the caller then runs {@link #work()} unless {@link #full()}. */
  void request() {
    requested.set(true);
  }

  /** Whether every worker is busy, so that starting another one would do nothing. */
  boolean full() {
    return active.get() >= max;
  }

  /**
   * Delivers on the caller's thread until nothing is due, unless {@code max} workers already run. A
   * delivery that throws ends this worker; the others and the next wake-up go on.
   */
  void work() {
    while (enter()) {
      try {
        requested.set(false);
        boolean more;
        do {
          more = delivery.next();
        } while (more);
      } finally {
        active.decrementAndGet();
      }
      if (!requested.get()) {
        return;
      }
    }
  }

  private boolean enter() {
    while (true) {
      int now = active.get();
      if (now >= max) {
        return false;
      }
      if (active.compareAndSet(now, now + 1)) {
        return true;
      }
    }
  }
}
