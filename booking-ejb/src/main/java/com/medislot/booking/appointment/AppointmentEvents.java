package com.medislot.booking.appointment;

import com.medislot.booking.events.DomainEvent;
import com.medislot.booking.events.EventType;
import com.medislot.booking.infrastructure.Jsons;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;

/** The payload of appointment events (schema version 1), written in one place. */
final class AppointmentEvents {

  private AppointmentEvents() {}

  static DomainEvent of(EventType type, Appointment a, Instant now) {
    return DomainEvent.of(type, now, a.practitionerId(), payload(a).build());
  }

  /** An {@code AppointmentRescheduled} event also carries where the appointment was before. */
  static DomainEvent rescheduled(
      Appointment a, Instant previousStart, Instant previousEnd, Instant now) {
    return DomainEvent.of(
        EventType.APPOINTMENT_RESCHEDULED,
        now,
        a.practitionerId(),
        payload(a)
            .add("previousStart", previousStart.toString())
            .add("previousEnd", previousEnd.toString())
            .build());
  }

  /**
   * A hold event ({@code HoldPlaced}, {@code HoldReleased}, {@code HoldExpired}, {@code
   * WaitlistOfferMade}): the appointment fields plus the hold's owner and expiry.
   */
  static DomainEvent hold(EventType type, Appointment a, Instant now) {
    JsonObjectBuilder data =
        payload(a)
            .add("holdId", a.id())
            .add("patientId", a.patientId())
            .add("expiresAt", a.expiresAt().orElseThrow().toString());
    a.waitlistEntryId().ifPresent(id -> data.add("waitlistEntryId", id));
    return DomainEvent.of(type, now, a.practitionerId(), data.build());
  }

  /** A cancellation by the clinic says so and carries the staff's reason for the patient. */
  static DomainEvent cancelledByStaff(Appointment a, CancellationReason reason, Instant now) {
    return DomainEvent.of(
        EventType.APPOINTMENT_CANCELLED,
        now,
        a.practitionerId(),
        payload(a).add("cancelledBy", "staff").add("reason", reason.text()).build());
  }

  private static JsonObjectBuilder payload(Appointment a) {
    return Jsons.createObjectBuilder()
        .add("appointmentId", a.id())
        .add("practitionerId", a.practitionerId())
        .add("locationId", a.locationId())
        .add("motiveId", a.motiveId())
        .add("start", a.start().toString())
        .add("end", a.end().toString());
  }
}
