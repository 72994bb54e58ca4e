package com.medislot.booking.availability;

import java.util.Objects;

/**
 * A dated change to a practitioner's weekly template: an absence, a closure of the location, a
 * manual block, or an extra opening outside the template.
 *
 * <p>The range is given in instants (start inclusive, end exclusive) and must not be empty. Closing
 * kinds win over openings: a block inside an extra opening still blocks.
 *
 * <p>Immutable and thread-safe; no method accepts or returns {@code null}.
 */
public final class CalendarException {

  /** What the exception does to the calendar. */
  public enum Kind {
    /** The practitioner is away (leave, sickness); closes the range. */
    ABSENCE,
    /** The location is closed; closes the range. */
    CLOSURE,
    /** A manual block of the range; closes it. */
    BLOCK,
    /** The range is open even outside the template or on a public holiday. */
    EXTRA_OPENING;

    /** Returns true for the kinds that take time away from the calendar. */
    public boolean closes() {
      return this != EXTRA_OPENING;
    }
  }

  private final Kind kind;
  private final TimeRange range;

  private CalendarException(Kind kind, TimeRange range) {
    this.kind = kind;
    this.range = range;
  }

  /**
   * Obtains an exception.
   *
   * @throws IllegalArgumentException if the range is empty
   */
  public static CalendarException of(Kind kind, TimeRange range) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(range, "range");
    if (range.isEmpty()) {
      throw new IllegalArgumentException("range must not be empty: " + range);
    }
    return new CalendarException(kind, range);
  }

  /** Returns the kind. */
  public Kind kind() {
    return kind;
  }

  /** Returns the instants concerned, start inclusive, end exclusive. */
  public TimeRange range() {
    return range;
  }

  /** Returns true if this exception takes time away from the calendar. */
  public boolean closes() {
    return kind.closes();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof CalendarException o && kind == o.kind && range.equals(o.range);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + range.hashCode();
  }

  @Override
  public String toString() {
    return kind + " " + range;
  }
}
