package com.medislot.booking.appointment;

import com.medislot.booking.patient.RelativeView;
import java.time.Instant;
import java.util.Optional;

/**
 * A detached, immutable view of a hold.
 *
 * @param offer whether the waiting list offered it (rather than the patient asking for it)
 * @param relative the relative it is for; empty when it is for the patient
 */
public record HoldView(
    long id,
    AppointmentStatus status,
    long practitionerId,
    long locationId,
    long motiveId,
    Instant start,
    Instant end,
    Instant expiresAt,
    boolean offer,
    Optional<RelativeView> relative) {

  static HoldView of(Appointment a) {
    return new HoldView(
        a.id(),
        a.status(),
        a.practitionerId(),
        a.locationId(),
        a.motiveId(),
        a.start(),
        a.end(),
        a.expiresAt().orElseThrow(),
        a.waitlistEntryId().isPresent(),
        a.relative().map(RelativeView::of));
  }
}
