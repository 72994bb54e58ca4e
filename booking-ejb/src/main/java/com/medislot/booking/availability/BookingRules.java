package com.medislot.booking.availability;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A practitioner's booking rules: how soon and how far ahead a slot may be booked, and the grid
 * slots are aligned on.
 *
 * <ul>
 *   <li>{@code minimumNotice}: a slot must start at or after {@code now + minimumNotice} (elapsed
 *       time, zero or positive).
 *   <li>{@code bookingHorizon}: a calendar {@link Period} (days, months) added to {@code now} on
 *       the location's wall clock; a slot must start strictly before that instant. A period rather
 *       than a duration so that "90 days" ends at the same local time of day across a
 *       daylight-saving change. Positive, with no negative part.
 *   <li>{@code slotInterval}: the step between two candidate starts in an opening, in (0, 24 h];
 *       absent means the motive's duration, so slots follow each other. A step shorter than the
 *       duration offers overlapping alternatives (09:00, 09:15 for 30-minute visits).
 * </ul>
 *
 * <p>Immutable and thread-safe; no method accepts or returns {@code null}.
 */
public final class BookingRules {

  private final Duration minimumNotice;
  private final Period bookingHorizon;
  private final Duration slotInterval;

  private BookingRules(Duration minimumNotice, Period bookingHorizon, Duration slotInterval) {
    this.minimumNotice = minimumNotice;
    this.bookingHorizon = bookingHorizon;
    this.slotInterval = slotInterval;
  }

  /**
   * Obtains rules whose slot interval is the motive's duration.
   *
   * @throws IllegalArgumentException if the notice is negative or the horizon is not positive
   */
  public static BookingRules of(Duration minimumNotice, Period bookingHorizon) {
    Objects.requireNonNull(minimumNotice, "minimumNotice");
    Objects.requireNonNull(bookingHorizon, "bookingHorizon");
    if (minimumNotice.isNegative()) {
      throw new IllegalArgumentException("minimumNotice must be >= 0: " + minimumNotice);
    }
    if (bookingHorizon.isZero()
        || bookingHorizon.getYears() < 0
        || bookingHorizon.getMonths() < 0
        || bookingHorizon.getDays() < 0) {
      throw new IllegalArgumentException("bookingHorizon must be positive: " + bookingHorizon);
    }
    return new BookingRules(minimumNotice, bookingHorizon, null);
  }

  /**
   * Returns a copy with a fixed slot interval.
   *
   * @throws IllegalArgumentException if the interval is not in (0, 24 h]
   */
  public BookingRules withSlotInterval(Duration interval) {
    VisitMotiveRule.requireLength("slotInterval", interval, false);
    return new BookingRules(minimumNotice, bookingHorizon, interval);
  }

  /** Returns the minimum elapsed time between now and a slot's start. */
  public Duration minimumNotice() {
    return minimumNotice;
  }

  /** Returns how far ahead, on the calendar, a slot may start. */
  public Period bookingHorizon() {
    return bookingHorizon;
  }

  /** Returns the fixed step between candidate starts, if any (else the motive's duration). */
  public Optional<Duration> slotInterval() {
    return Optional.ofNullable(slotInterval);
  }

  /** Returns the earliest instant a slot may start: {@code now + minimumNotice}. */
  public Instant earliestStart(Instant now) {
    return now.plus(minimumNotice);
  }

  /**
   * Returns the exclusive bound on slot starts: {@code now} on the zone's wall clock plus the
   * horizon, resolved like {@link java.time.ZonedDateTime#plus(java.time.temporal.TemporalAmount)}.
   */
  public Instant horizonEnd(Instant now, ZoneId zone) {
    return now.atZone(zone).plus(bookingHorizon).toInstant();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof BookingRules o
        && minimumNotice.equals(o.minimumNotice)
        && bookingHorizon.equals(o.bookingHorizon)
        && Objects.equals(slotInterval, o.slotInterval);
  }

  @Override
  public int hashCode() {
    return Objects.hash(minimumNotice, bookingHorizon, slotInterval);
  }

  @Override
  public String toString() {
    return "BookingRules[notice "
        + minimumNotice
        + ", horizon "
        + bookingHorizon
        + ", interval "
        + (slotInterval == null ? "motive duration" : slotInterval)
        + "]";
  }
}
