package com.medislot.booking.availability;

import java.time.Duration;
import java.util.Objects;

/**
 * Time already taken in the calendar: an existing appointment widened by its own motive's buffers,
 * start inclusive, end exclusive.
 *
 * <p>Immutable and thread-safe; no method accepts or returns {@code null}.
 */
public final class Busy {

  private final TimeRange range;

  private Busy(TimeRange range) {
    this.range = range;
  }

  /** Obtains busy time from a range that already includes the appointment's buffers. */
  public static Busy of(TimeRange occupied) {
    return new Busy(Objects.requireNonNull(occupied, "occupied"));
  }

  /**
   * Obtains busy time from an appointment and its motive's buffers.
   *
   * @return busy time {@code [start - bufferBefore, end + bufferAfter)}
   * @throws IllegalArgumentException if a buffer is negative
   */
  public static Busy of(TimeRange appointment, Duration bufferBefore, Duration bufferAfter) {
    return new Busy(
        Objects.requireNonNull(appointment, "appointment").extendedBy(bufferBefore, bufferAfter));
  }

  /** Returns the occupied range, buffers included. */
  public TimeRange range() {
    return range;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Busy o && range.equals(o.range);
  }

  @Override
  public int hashCode() {
    return range.hashCode();
  }

  @Override
  public String toString() {
    return "Busy" + range;
  }
}
