package com.medislot.booking.calendar;

import com.medislot.booking.appointment.AppointmentView;
import com.medislot.booking.availability.Slot;
import com.medislot.booking.practitioner.CalendarExceptionRecord;
import java.util.List;

/**
 * A practitioner's calendar over a range, as staff see it.
 *
 * @param freeSlots free slots per location and motive
 */
public record CalendarView(
    long practitionerId,
    List<AppointmentView> appointments,
    List<CalendarExceptionRecord> exceptions,
    List<FreeSlots> freeSlots) {

  /** The free slots of one location and motive. */
  public record FreeSlots(long locationId, long motiveId, List<Slot> slots) {}
}
