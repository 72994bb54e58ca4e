package com.medislot.booking.calendar;

import com.medislot.booking.appointment.AppointmentView;
import com.medislot.booking.availability.Slot;
import com.medislot.booking.practitioner.CalendarExceptionRecord;
import com.medislot.booking.practitioner.RuleOverrides;
import com.medislot.booking.practitioner.WeeklyOpening;
import java.time.LocalDate;
import java.util.List;

/**
 * A practitioner's calendar over a range, as staff see it.
 *
 * @param template the weekly template, every location
 * @param rules the practitioner's own booking rules (absent values: the country's)
 * @param holidays the public holidays each location observes in the range
 * @param freeSlots free slots per location and motive
 */
public record CalendarView(
    long practitionerId,
    List<AppointmentView> appointments,
    List<CalendarExceptionRecord> exceptions,
    List<WeeklyOpening> template,
    RuleOverrides rules,
    List<Holiday> holidays,
    List<FreeSlots> freeSlots) {

  /** A public holiday observed at a location: the location's whole local day is closed. */
  public record Holiday(long locationId, LocalDate date, String name) {}

  /** The free slots of one location and motive. */
  public record FreeSlots(long locationId, long motiveId, List<Slot> slots) {}
}
