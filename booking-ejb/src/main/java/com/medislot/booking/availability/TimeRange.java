package com.medislot.booking.availability;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A range of instants on the time-line, start inclusive, end exclusive.
 *
 * <p>The range may be empty ({@code start == end}); an empty range contains no instant, so it
 * overlaps nothing and has no intersection with anything. A range whose end lies before its start
 * cannot be created.
 *
 * <p>Immutable and thread-safe; no method accepts or returns {@code null}.
 */
public final class TimeRange {

  private final Instant start;
  private final Instant end;

  private TimeRange(Instant start, Instant end) {
    this.start = start;
    this.end = end;
  }

  /**
   * Obtains a range from its two ends.
   *
   * @param start the first instant of the range (inclusive)
   * @param end the instant just after the range (exclusive), not before {@code start}
   * @return the range
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public static TimeRange of(Instant start, Instant end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end must not be before start: " + start + " > " + end);
    }
    return new TimeRange(start, end);
  }

  /**
   * Obtains a range from its start and its length.
   *
   * @param start the first instant of the range (inclusive)
   * @param duration the length of the range, zero or positive
   * @return the range {@code [start, start + duration)}
   * @throws IllegalArgumentException if {@code duration} is negative
   */
  public static TimeRange of(Instant start, Duration duration) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative: " + duration);
    }
    return new TimeRange(start, start.plus(duration));
  }

  /** Returns the start of the range, inclusive. */
  public Instant start() {
    return start;
  }

  /** Returns the end of the range, exclusive. */
  public Instant end() {
    return end;
  }

  /** Returns the elapsed time between start and end. */
  public Duration duration() {
    return Duration.between(start, end);
  }

  /** Returns true if start and end are equal, so that the range contains no instant. */
  public boolean isEmpty() {
    return start.equals(end);
  }

  /** Returns true if {@code start <= instant < end}. */
  public boolean contains(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return !instant.isBefore(start) && instant.isBefore(end);
  }

  /**
   * Returns true if every instant of {@code other} is in this range, that is {@code start <=
   * other.start && other.end <= end}. An empty range placed anywhere between the ends, including at
   * the end, is enclosed.
   */
  public boolean encloses(TimeRange other) {
    Objects.requireNonNull(other, "other");
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  /** Returns true if the two ranges share at least one instant; empty ranges overlap nothing. */
  public boolean overlaps(TimeRange other) {
    Objects.requireNonNull(other, "other");
    return start.isBefore(other.end) && other.start.isBefore(end) && !isEmpty() && !other.isEmpty();
  }

  /**
   * Returns true if one range ends exactly where the other starts, so that they touch without
   * sharing an instant. An empty range abuts a range that starts or ends at its instant; two
   * identical empty ranges do not abut, and a non-empty range never abuts itself.
   */
  public boolean abuts(TimeRange other) {
    Objects.requireNonNull(other, "other");
    // exclusive or: an empty range equal to the other would satisfy both sides
    return end.equals(other.start) ^ start.equals(other.end);
  }

  /**
   * Returns the instants common to both ranges.
   *
   * @return the non-empty common range, or empty if the ranges do not overlap (including when they
   *     only abut)
   */
  public Optional<TimeRange> intersection(TimeRange other) {
    if (!overlaps(other)) {
      return Optional.empty();
    }
    Instant s = start.isAfter(other.start) ? start : other.start;
    Instant e = end.isBefore(other.end) ? end : other.end;
    return Optional.of(new TimeRange(s, e));
  }

  /**
   * Returns this range widened on both sides, used to add preparation and cleaning buffers.
   *
   * @param before how much earlier the result starts, zero or positive
   * @param after how much later the result ends, zero or positive
   * @return {@code [start - before, end + after)}
   * @throws IllegalArgumentException if a buffer is negative
   */
  public TimeRange extendedBy(Duration before, Duration after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (before.isNegative() || after.isNegative()) {
      throw new IllegalArgumentException("buffers must not be negative: " + before + ", " + after);
    }
    return new TimeRange(start.minus(before), end.plus(after));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof TimeRange other && start.equals(other.start) && end.equals(other.end);
  }

  @Override
  public int hashCode() {
    return start.hashCode() * 31 + end.hashCode();
  }

  /** Returns the range as {@code [start, end)} in ISO-8601. */
  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
