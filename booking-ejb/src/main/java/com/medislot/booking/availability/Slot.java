package com.medislot.booking.availability;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * A free appointment slot: start inclusive, end exclusive, its length the motive's duration.
 *
 * <p>Ordered by start, then end. Immutable and thread-safe; no method accepts or returns {@code
 * null}.
 */
public final class Slot implements Comparable<Slot> {

  private static final Comparator<Slot> ORDER =
      Comparator.comparing(Slot::start).thenComparing(Slot::end);

  private final Instant start;
  private final Instant end;

  private Slot(Instant start, Instant end) {
    this.start = start;
    this.end = end;
  }

  /**
   * Obtains a slot.
   *
   * @throws IllegalArgumentException if {@code end} is not after {@code start}
   */
  public static Slot of(Instant start, Instant end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end must be after start: " + start + " >= " + end);
    }
    return new Slot(start, end);
  }

  /** Returns the start, inclusive. */
  public Instant start() {
    return start;
  }

  /** Returns the end, exclusive. */
  public Instant end() {
    return end;
  }

  /** Returns the length of the slot. */
  public Duration duration() {
    return Duration.between(start, end);
  }

  /** Returns the slot as a time range. */
  public TimeRange range() {
    return TimeRange.of(start, end);
  }

  @Override
  public int compareTo(Slot other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Slot o && start.equals(o.start) && end.equals(o.end);
  }

  @Override
  public int hashCode() {
    return start.hashCode() * 31 + end.hashCode();
  }

  @Override
  public String toString() {
    return "Slot[" + start + ", " + end + ")";
  }
}
