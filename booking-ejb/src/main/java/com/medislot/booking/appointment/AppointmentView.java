package com.medislot.booking.appointment;

import com.medislot.booking.patient.RelativeView;
import java.time.Instant;
import java.util.Optional;

/**
 * A detached, immutable view of an appointment for callers outside the transaction.
 *
 * @param relative the relative it is for; empty when it is for the patient
 */
public record AppointmentView(
    long id,
    AppointmentStatus status,
    long practitionerId,
    long locationId,
    long motiveId,
    long patientId,
    Instant start,
    Instant end,
    Optional<RelativeView> relative,
    Optional<String> cancelledBy,
    Optional<String> cancelReason) {

  static AppointmentView of(Appointment a) {
    return new AppointmentView(
        a.id(),
        a.status(),
        a.practitionerId(),
        a.locationId(),
        a.motiveId(),
        a.patientId(),
        a.start(),
        a.end(),
        a.relative().map(RelativeView::of),
        a.cancelledBy(),
        a.cancelReason());
  }
}
