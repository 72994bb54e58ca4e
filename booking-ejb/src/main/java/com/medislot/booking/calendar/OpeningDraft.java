package com.medislot.booking.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/** One opening range of a new weekly template, at one location, start inclusive, end exclusive. */
public record OpeningDraft(
    long locationId,
    DayOfWeek day,
    LocalTime start,
    LocalTime end,
    Optional<LocalDate> validFrom,
    Optional<LocalDate> validUntil) {

  public OpeningDraft {
    Objects.requireNonNull(day);
    Objects.requireNonNull(start);
    Objects.requireNonNull(end);
    Objects.requireNonNull(validFrom);
    Objects.requireNonNull(validUntil);
  }
}
