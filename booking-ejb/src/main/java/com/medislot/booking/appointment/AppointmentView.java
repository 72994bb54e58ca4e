package com.medislot.booking.appointment;

import java.time.Instant;

/** A detached, immutable view of an appointment for callers outside the transaction. */
public record AppointmentView(
    long id,
    AppointmentStatus status,
    long practitionerId,
    long locationId,
    long motiveId,
    long patientId,
    Instant start,
    Instant end) {

  static AppointmentView of(Appointment a) {
    return new AppointmentView(
        a.id(),
        a.status(),
        a.practitionerId(),
        a.locationId(),
        a.motiveId(),
        a.patientId(),
        a.start(),
        a.end());
  }
}
