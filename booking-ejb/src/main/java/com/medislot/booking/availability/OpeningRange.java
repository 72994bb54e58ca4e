package com.medislot.booking.availability;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One opening range of a weekly template: a weekday and wall-clock hours, optionally limited to a
 * period of dates and to some visit motives.
 *
 * <p>The validity period is inclusive at both ends ({@code validFrom} is the first date the range
 * applies, {@code validUntil} the last), as staff write "valid until 31 December". An empty set of
 * motive ids means every motive may use the range.
 *
 * <p>Immutable and thread-safe; no method accepts or returns {@code null}.
 */
public final class OpeningRange {

  private final DayOfWeek dayOfWeek;
  private final LocalTimeRange hours;
  private final LocalDate validFrom;
  private final LocalDate validUntil;
  private final Set<Long> motiveIds;

  private OpeningRange(
      DayOfWeek dayOfWeek,
      LocalTimeRange hours,
      LocalDate validFrom,
      LocalDate validUntil,
      Set<Long> motiveIds) {
    if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
      throw new IllegalArgumentException(
          "validUntil must not be before validFrom: " + validFrom + " > " + validUntil);
    }
    this.dayOfWeek = dayOfWeek;
    this.hours = hours;
    this.validFrom = validFrom;
    this.validUntil = validUntil;
    this.motiveIds = motiveIds;
  }

  /** Obtains a range valid on every such weekday, for every motive. */
  public static OpeningRange of(DayOfWeek dayOfWeek, LocalTimeRange hours) {
    return new OpeningRange(
        Objects.requireNonNull(dayOfWeek, "dayOfWeek"),
        Objects.requireNonNull(hours, "hours"),
        null,
        null,
        Set.of());
  }

  /** Shorthand for {@code of(dayOfWeek, LocalTimeRange.parse(hours))}. */
  public static OpeningRange of(DayOfWeek dayOfWeek, String hours) {
    return of(dayOfWeek, LocalTimeRange.parse(hours));
  }

  /** Returns a copy applying from the given date on (inclusive). */
  public OpeningRange withValidFrom(LocalDate date) {
    return new OpeningRange(
        dayOfWeek, hours, Objects.requireNonNull(date, "validFrom"), validUntil, motiveIds);
  }

  /** Returns a copy applying up to the given date (inclusive). */
  public OpeningRange withValidUntil(LocalDate date) {
    return new OpeningRange(
        dayOfWeek, hours, validFrom, Objects.requireNonNull(date, "validUntil"), motiveIds);
  }

  /** Returns a copy reserved to the given motives; an empty set allows every motive. */
  public OpeningRange withMotiveIds(Set<Long> ids) {
    return new OpeningRange(
        dayOfWeek,
        hours,
        validFrom,
        validUntil,
        Set.copyOf(Objects.requireNonNull(ids, "motiveIds")));
  }

  /** Returns the weekday. */
  public DayOfWeek dayOfWeek() {
    return dayOfWeek;
  }

  /** Returns the wall-clock hours. */
  public LocalTimeRange hours() {
    return hours;
  }

  /** Returns the first date the range applies, if limited. */
  public Optional<LocalDate> validFrom() {
    return Optional.ofNullable(validFrom);
  }

  /** Returns the last date the range applies, if limited. */
  public Optional<LocalDate> validUntil() {
    return Optional.ofNullable(validUntil);
  }

  /** Returns the motives allowed, unmodifiable; empty means all. */
  public Set<Long> motiveIds() {
    return motiveIds;
  }

  /** Returns true if the range applies on this date: right weekday and inside the validity. */
  public boolean appliesOn(LocalDate date) {
    return date.getDayOfWeek() == dayOfWeek
        && (validFrom == null || !date.isBefore(validFrom))
        && (validUntil == null || !date.isAfter(validUntil));
  }

  /** Returns true if the motive may be booked in this range. */
  public boolean allows(long motiveId) {
    return motiveIds.isEmpty() || motiveIds.contains(motiveId);
  }

  /**
   * Returns true if both ranges can apply on the same date with common hours: same weekday,
   * overlapping validity periods and overlapping hours (touching hours do not conflict).
   */
  public boolean conflictsWith(OpeningRange other) {
    return dayOfWeek == other.dayOfWeek && hours.overlaps(other.hours) && validityOverlaps(other);
  }

  private boolean validityOverlaps(OpeningRange other) {
    boolean otherEndsBeforeThisStarts =
        validFrom != null && other.validUntil != null && other.validUntil.isBefore(validFrom);
    boolean thisEndsBeforeOtherStarts =
        other.validFrom != null && validUntil != null && validUntil.isBefore(other.validFrom);
    return !otherEndsBeforeThisStarts && !thisEndsBeforeOtherStarts;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof OpeningRange o
        && dayOfWeek == o.dayOfWeek
        && hours.equals(o.hours)
        && Objects.equals(validFrom, o.validFrom)
        && Objects.equals(validUntil, o.validUntil)
        && motiveIds.equals(o.motiveIds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dayOfWeek, hours, validFrom, validUntil, motiveIds);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(dayOfWeek).append(' ').append(hours);
    if (validFrom != null || validUntil != null) {
      sb.append(" valid ")
          .append(validFrom == null ? "*" : validFrom)
          .append("..")
          .append(validUntil == null ? "*" : validUntil);
    }
    if (!motiveIds.isEmpty()) {
      sb.append(" motives ").append(motiveIds);
    }
    return sb.toString();
  }
}
