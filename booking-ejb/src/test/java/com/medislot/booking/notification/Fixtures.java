package com.medislot.booking.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** Appointment details for tests that need no database. */
final class Fixtures {

  private Fixtures() {}

  static AppointmentDetails details(long id, Instant start, boolean cancelled) {
    return new AppointmentDetails(
        id,
        cancelled,
        start,
        start.plusSeconds(20 * 60),
        "jane@example.org",
        "Jane Doe",
        Optional.of("+33612345678"),
        "Dr Claire Martin",
        "Consultation",
        "Cabinet Rivoli",
        "10 rue de Rivoli, 75004 Paris",
        "FR",
        ZoneId.of("Europe/Paris"),
        cancelled ? "CANCELLED" : "CONFIRMED",
        Optional.empty());
  }

  /** A waiting-list offer: a hold on {@code start} until {@code expiresAt}. */
  static AppointmentDetails offer(long id, Instant start, String status, Instant expiresAt) {
    AppointmentDetails d = details(id, start, false);
    return new AppointmentDetails(
        d.appointmentId(),
        false,
        d.start(),
        d.end(),
        d.patientEmail(),
        d.patientName(),
        d.patientPhone(),
        d.practitionerName(),
        d.motiveName(),
        d.locationName(),
        d.address(),
        d.countryCode(),
        d.zone(),
        status,
        Optional.of(expiresAt));
  }
}
