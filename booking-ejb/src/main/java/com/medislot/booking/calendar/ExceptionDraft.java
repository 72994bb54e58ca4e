package com.medislot.booking.calendar;

import com.medislot.booking.availability.CalendarException;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/** A new calendar exception over [start, end); no location means every location. */
public record ExceptionDraft(
    CalendarException.Kind kind,
    Instant start,
    Instant end,
    OptionalLong locationId,
    String reason) {

  public ExceptionDraft {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(start);
    Objects.requireNonNull(end);
    Objects.requireNonNull(locationId);
    Objects.requireNonNull(reason);
  }
}
