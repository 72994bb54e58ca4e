package com.medislot.booking.infrastructure;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Lets a warning that may repeat many times a second (a backend down, every request failing) reach
 * the log once per interval: the first of a series at once, then at most one per interval. Of
 * threads asking at the same moment only one is let through. Thread-safe.
 */
public final class WarningGate {

  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private final AtomicLong last;

  /** A gate that is open now and then lets one warning through per {@code interval}. */
  public WarningGate(Duration interval) {
    this(interval, System::nanoTime);
  }

  /** {@link #WarningGate(Duration)} on a given nanosecond clock (tests). */
  public WarningGate(Duration interval, LongSupplier nanoTime) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval must be positive");
    }
    this.intervalNanos = interval.toNanos();
    this.nanoTime = nanoTime;
    this.last = new AtomicLong(nanoTime.getAsLong() - intervalNanos - 1);
  }

  /**
   * Whether to log now, and if so claims the turn.
   *
   * @param firstOfSeries true when this warning starts a new series (after things worked again): it
   *     is let through whatever the interval
   */
  public boolean claim(boolean firstOfSeries) {
    long now = nanoTime.getAsLong();
    long previous = last.get();
    return (firstOfSeries || now - previous > intervalNanos) && last.compareAndSet(previous, now);
  }
}
