package com.medislot.booking.practitioner;

import com.medislot.booking.availability.BookingRules;
import java.time.Duration;
import java.time.Period;
import java.util.OptionalInt;

/**
 * A practitioner's own booking rules, each optional: what is absent keeps the country's default.
 *
 * @param minimumNoticeMinutes 0 to {@value #MAX_NOTICE_MINUTES} (30 days)
 * @param bookingHorizonDays 1 to {@value #MAX_HORIZON_DAYS}
 * @param slotIntervalMinutes {@value #MIN_INTERVAL_MINUTES} to 1440; absent: slots follow each
 *     other (the motive's duration)
 */
public record RuleOverrides(
    OptionalInt minimumNoticeMinutes,
    OptionalInt bookingHorizonDays,
    OptionalInt slotIntervalMinutes) {

  public static final int MAX_NOTICE_MINUTES = 43_200;
  public static final int MAX_HORIZON_DAYS = 730;
  public static final int MIN_INTERVAL_MINUTES = 5;
  public static final RuleOverrides NONE =
      new RuleOverrides(OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty());

  /** Reads nullable columns. */
  public static RuleOverrides of(Integer notice, Integer horizon, Integer interval) {
    return new RuleOverrides(optional(notice), optional(horizon), optional(interval));
  }

  private static OptionalInt optional(Integer value) {
    return value == null ? OptionalInt.empty() : OptionalInt.of(value);
  }

  /** The country's rules with these overrides applied. */
  public BookingRules applyTo(Duration countryNotice, Period countryHorizon) {
    BookingRules rules =
        BookingRules.of(
            minimumNoticeMinutes.isPresent()
                ? Duration.ofMinutes(minimumNoticeMinutes.getAsInt())
                : countryNotice,
            bookingHorizonDays.isPresent()
                ? Period.ofDays(bookingHorizonDays.getAsInt())
                : countryHorizon);
    return slotIntervalMinutes.isPresent()
        ? rules.withSlotInterval(Duration.ofMinutes(slotIntervalMinutes.getAsInt()))
        : rules;
  }
}
