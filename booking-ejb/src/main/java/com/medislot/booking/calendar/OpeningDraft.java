package com.medislot.booking.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One opening range of a new weekly template, at one location, start inclusive, end exclusive,
 * every {@code everyWeeks} weeks counted from the week of {@code anchorWeek} (needed when {@code
 * everyWeeks} is more than 1), reserved to {@code motiveIds} (empty: every motive).
 */
public record OpeningDraft(
    long locationId,
    DayOfWeek day,
    LocalTime start,
    LocalTime end,
    Optional<LocalDate> validFrom,
    Optional<LocalDate> validUntil,
    int everyWeeks,
    Optional<LocalDate> anchorWeek,
    Set<Long> motiveIds) {

  public OpeningDraft {
    Objects.requireNonNull(day);
    Objects.requireNonNull(start);
    Objects.requireNonNull(end);
    Objects.requireNonNull(validFrom);
    Objects.requireNonNull(validUntil);
    Objects.requireNonNull(anchorWeek);
    motiveIds = Set.copyOf(motiveIds);
  }

  /** A range applying every week. */
  public static OpeningDraft weekly(
      long locationId,
      DayOfWeek day,
      LocalTime start,
      LocalTime end,
      Optional<LocalDate> validFrom,
      Optional<LocalDate> validUntil) {
    return new OpeningDraft(
        locationId, day, start, end, validFrom, validUntil, 1, Optional.empty(), Set.of());
  }
}
