package com.medislot.booking.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * What a notification says about an appointment, read from the database when the message is built.
 * Immutable; only {@code patientPhone} and {@code expiresAt} may be absent.
 *
 * @param appointmentId the appointment
 * @param cancelled whether it is cancelled now
 * @param start start, inclusive (UTC)
 * @param end end, exclusive (UTC)
 * @param patientEmail where emails go
 * @param patientName the patient's first and last name
 * @param patientPhone the patient's phone in E.164 form, if known and valid
 * @param practitionerName e.g. "Dr Claire Martin"
 * @param motiveName the visit motive
 * @param locationName the place's name
 * @param address street address, postcode and city on one line
 * @param countryCode the location's country (ISO 3166)
 * @param zone the location's time zone, in which times are shown
 * @param status the row's status now ({@code HELD}, {@code CONFIRMED}, {@code CANCELLED}, {@code
 *     EXPIRED}, {@code RELEASED})
 * @param expiresAt until when a hold reserves its slot; absent for other rows
 */
public record AppointmentDetails(
    long appointmentId,
    boolean cancelled,
    Instant start,
    Instant end,
    String patientEmail,
    String patientName,
    Optional<String> patientPhone,
    String practitionerName,
    String motiveName,
    String locationName,
    String address,
    String countryCode,
    ZoneId zone,
    String status,
    Optional<Instant> expiresAt) {

  public AppointmentDetails {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(patientEmail, "patientEmail");
    Objects.requireNonNull(patientName, "patientName");
    Objects.requireNonNull(patientPhone, "patientPhone");
    Objects.requireNonNull(practitionerName, "practitionerName");
    Objects.requireNonNull(motiveName, "motiveName");
    Objects.requireNonNull(locationName, "locationName");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(countryCode, "countryCode");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** Whether it is a hold that still reserves its slot at {@code now}. */
  public boolean heldAt(Instant now) {
    return "HELD".equals(status) && expiresAt.map(now::isBefore).orElse(false);
  }
}
