package com.medislot.booking.availability;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
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
 * <p>A range may recur every week (the default) or every 2, 3 or 4 weeks ("alternate weeks"). A
 * recurring range applies in the weeks whose distance, in whole ISO weeks (Monday to Sunday), from
 * the week of its anchor date is a multiple of the interval: with an interval of 2 and an anchor in
 * the week of Monday 5 January 2026, it applies the weeks of 5 and 19 January, not that of 12
 * January. Weeks are counted on dates, so daylight-saving changes do not shift them.
 *
 * <p>Immutable and thread-safe; no method accepts or returns {@code null}.
 */
public final class OpeningRange {

  private final DayOfWeek dayOfWeek;
  private final LocalTimeRange hours;
  private final LocalDate validFrom;
  private final LocalDate validUntil;
  private final Set<Long> motiveIds;
  private final int everyWeeks;
  private final LocalDate anchorMonday;

  /** The longest recurrence interval accepted, in weeks. */
  public static final int MAX_EVERY_WEEKS = 4;

  private OpeningRange(
      DayOfWeek dayOfWeek,
      LocalTimeRange hours,
      LocalDate validFrom,
      LocalDate validUntil,
      Set<Long> motiveIds,
      int everyWeeks,
      LocalDate anchorMonday) {
    if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
      throw new IllegalArgumentException(
          "validUntil must not be before validFrom: " + validFrom + " > " + validUntil);
    }
    this.dayOfWeek = dayOfWeek;
    this.hours = hours;
    this.validFrom = validFrom;
    this.validUntil = validUntil;
    this.motiveIds = motiveIds;
    this.everyWeeks = everyWeeks;
    this.anchorMonday = anchorMonday;
  }

  /** Obtains a range valid on every such weekday, for every motive. */
  public static OpeningRange of(DayOfWeek dayOfWeek, LocalTimeRange hours) {
    return new OpeningRange(
        Objects.requireNonNull(dayOfWeek, "dayOfWeek"),
        Objects.requireNonNull(hours, "hours"),
        null,
        null,
        Set.of(),
        1,
        null);
  }

  /** Shorthand for {@code of(dayOfWeek, LocalTimeRange.parse(hours))}. */
  public static OpeningRange of(DayOfWeek dayOfWeek, String hours) {
    return of(dayOfWeek, LocalTimeRange.parse(hours));
  }

  /** Returns a copy applying from the given date on (inclusive). */
  public OpeningRange withValidFrom(LocalDate date) {
    return new OpeningRange(
        dayOfWeek,
        hours,
        Objects.requireNonNull(date, "validFrom"),
        validUntil,
        motiveIds,
        everyWeeks,
        anchorMonday);
  }

  /** Returns a copy applying up to the given date (inclusive). */
  public OpeningRange withValidUntil(LocalDate date) {
    return new OpeningRange(
        dayOfWeek,
        hours,
        validFrom,
        Objects.requireNonNull(date, "validUntil"),
        motiveIds,
        everyWeeks,
        anchorMonday);
  }

  /** Returns a copy reserved to the given motives; an empty set allows every motive. */
  public OpeningRange withMotiveIds(Set<Long> ids) {
    return new OpeningRange(
        dayOfWeek,
        hours,
        validFrom,
        validUntil,
        Set.copyOf(Objects.requireNonNull(ids, "motiveIds")),
        everyWeeks,
        anchorMonday);
  }

  /**
   * Returns a copy recurring every {@code weeks} weeks, in the week of {@code anchor} and every
   * {@code weeks} weeks before and after it. An interval of 1 is every week (the anchor is then
   * irrelevant and dropped).
   *
   * @throws IllegalArgumentException if {@code weeks} is not between 1 and {@link #MAX_EVERY_WEEKS}
   */
  public OpeningRange every(int weeks, LocalDate anchor) {
    Objects.requireNonNull(anchor, "anchor");
    if (weeks < 1 || weeks > MAX_EVERY_WEEKS) {
      throw new IllegalArgumentException(
          "a range recurs every 1 to " + MAX_EVERY_WEEKS + " weeks, not " + weeks);
    }
    LocalDate monday =
        weeks == 1 ? null : anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    return new OpeningRange(dayOfWeek, hours, validFrom, validUntil, motiveIds, weeks, monday);
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

  /** Returns the recurrence interval in weeks: 1 for every week. */
  public int everyWeeks() {
    return everyWeeks;
  }

  /** Returns the Monday of a week in which a recurring range applies; empty for every week. */
  public Optional<LocalDate> anchorWeek() {
    return Optional.ofNullable(anchorMonday);
  }

  /**
   * Returns true if the range applies on this date: right weekday, inside the validity and, for a
   * recurring range, in one of its weeks.
   */
  public boolean appliesOn(LocalDate date) {
    return date.getDayOfWeek() == dayOfWeek
        && (validFrom == null || !date.isBefore(validFrom))
        && (validUntil == null || !date.isAfter(validUntil))
        && inRecurringWeek(date);
  }

  private boolean inRecurringWeek(LocalDate date) {
    if (everyWeeks == 1) {
      return true;
    }
    LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    long weeks = ChronoUnit.WEEKS.between(anchorMonday, monday);
    return Math.floorMod(weeks, everyWeeks) == 0;
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
    return dayOfWeek == other.dayOfWeek
        && hours.overlaps(other.hours)
        && validityOverlaps(other)
        && weeksCoincide(other);
  }

  /**
   * Two recurrences meet in some week if and only if their anchors are congruent modulo the
   * greatest common divisor of their intervals (Chinese remainder theorem).
   */
  private boolean weeksCoincide(OpeningRange other) {
    if (everyWeeks == 1 || other.everyWeeks == 1) {
      return true;
    }
    long gcd = gcd(everyWeeks, other.everyWeeks);
    return Math.floorMod(ChronoUnit.WEEKS.between(anchorMonday, other.anchorMonday), gcd) == 0;
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
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
        && motiveIds.equals(o.motiveIds)
        && everyWeeks == o.everyWeeks
        && Objects.equals(anchorMonday, o.anchorMonday);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        dayOfWeek, hours, validFrom, validUntil, motiveIds, everyWeeks, anchorMonday);
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
    if (everyWeeks > 1) {
      sb.append(" every ").append(everyWeeks).append(" weeks from ").append(anchorMonday);
    }
    return sb.toString();
  }
}
