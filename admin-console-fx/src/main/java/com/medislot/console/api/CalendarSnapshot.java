package com.medislot.console.api;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A practitioner's calendar over a range as the staff API returns it ({@code GET
 * /staff/practitioners/{id}/calendar}). Immutable; instants in UTC, ranges start inclusive, end
 * exclusive.
 */
public record CalendarSnapshot(
    List<Appointment> appointments,
    List<CalendarException> exceptions,
    List<Opening> template,
    List<Holiday> holidays,
    List<FreeSlot> freeSlots) {

  public CalendarSnapshot {
    appointments = List.copyOf(appointments);
    exceptions = List.copyOf(exceptions);
    template = List.copyOf(template);
    holidays = List.copyOf(holidays);
    freeSlots = List.copyOf(freeSlots);
  }

  /** A confirmed appointment. */
  public record Appointment(
      long id, long locationId, long motiveId, String status, Instant start, Instant end) {
    public Appointment {
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
    }
  }

  /**
   * An absence, closure, block or extra opening; without a location it applies to all of them.
   *
   * @param kind ABSENCE, CLOSURE, BLOCK or EXTRA_OPENING
   */
  public record CalendarException(
      long id, String kind, Instant start, Instant end, OptionalLong locationId, String reason) {
    public CalendarException {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      Objects.requireNonNull(locationId, "locationId");
      Objects.requireNonNull(reason, "reason");
    }

    public boolean appliesTo(long location) {
      return locationId.isEmpty() || locationId.getAsLong() == location;
    }
  }

  /**
   * One opening range of the weekly template, wall-clock times in the location's zone.
   *
   * @param everyWeeks 1 for every week, more for alternate weeks counted from {@code anchorWeek}
   */
  public record Opening(
      long locationId,
      DayOfWeek day,
      LocalTime start,
      LocalTime end,
      Optional<LocalDate> validFrom,
      Optional<LocalDate> validUntil,
      int everyWeeks,
      Optional<LocalDate> anchorWeek) {
    public Opening {
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      Objects.requireNonNull(validFrom, "validFrom");
      Objects.requireNonNull(validUntil, "validUntil");
      Objects.requireNonNull(anchorWeek, "anchorWeek");
    }

    /** A plain every-week range. */
    public static Opening weekly(long locationId, DayOfWeek day, LocalTime start, LocalTime end) {
      return new Opening(
          locationId, day, start, end, Optional.empty(), Optional.empty(), 1, Optional.empty());
    }
  }

  /** A public holiday the location observes: its whole local day is closed. */
  public record Holiday(long locationId, LocalDate date, String name) {
    public Holiday {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(name, "name");
    }
  }

  /** A free slot of one location and motive. */
  public record FreeSlot(long locationId, long motiveId, Instant start, Instant end) {
    public FreeSlot {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
    }
  }
}
