package com.medislot.booking.notification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.Optional;

/** Reads an appointment with its patient, practitioner, motive and location in one query. */
final class AppointmentDetailsReader {

  private static final String QUERY =
      """
      SELECT a.id, a.status, a.start_at, a.end_at,
             p.email, p.first_name, p.last_name, p.phone,
             pr.title, pr.first_name, pr.last_name,
             m.name, l.name, l.address, l.postcode, l.city, l.country_code, l.time_zone,
             a.expires_at
        FROM appointment a
        JOIN account p ON p.id = a.patient_id
        JOIN practitioner pr ON pr.id = a.practitioner_id
        JOIN visit_motive m ON m.id = a.motive_id
        JOIN location l ON l.id = a.location_id
       WHERE a.id = ?
      """;

  private final String phoneRegion;

  /**
   * @param phoneRegion region for stored phone numbers written without a country code
   */
  AppointmentDetailsReader(String phoneRegion) {
    this.phoneRegion = phoneRegion;
  }

  Optional<AppointmentDetails> read(Connection connection, long appointmentId) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(QUERY)) {
      statement.setLong(1, appointmentId);
      try (ResultSet r = statement.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        String title = r.getString(9);
        String practitioner =
            (title == null || title.isBlank() ? "" : title + " ")
                + r.getString(10)
                + " "
                + r.getString(11);
        return Optional.of(
            new AppointmentDetails(
                r.getLong(1),
                "CANCELLED".equals(r.getString(2)),
                r.getTimestamp(3).toInstant(),
                r.getTimestamp(4).toInstant(),
                r.getString(5),
                r.getString(6) + " " + r.getString(7),
                Optional.ofNullable(r.getString(8))
                    .flatMap(phone -> PhoneNumbers.toE164(phone, phoneRegion)),
                practitioner,
                r.getString(12),
                r.getString(13),
                r.getString(14) + ", " + r.getString(15) + " " + r.getString(16),
                r.getString(17).trim(),
                ZoneId.of(r.getString(18)),
                r.getString(2),
                Optional.ofNullable(r.getTimestamp(19)).map(Timestamp::toInstant)));
      }
    }
  }
}
