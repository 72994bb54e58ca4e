package com.medislot.booking.notification;

import com.medislot.booking.testing.TestPostgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * A real PostgreSQL (embedded binaries) with the application's schema from the Flyway migrations,
 * plus one patient, practitioner, motive and location in Paris to hang appointments on.
 */
final class NotificationDatabase implements AutoCloseable {

  final EmbeddedPostgres postgres;
  final DataSource dataSource;
  final long patientId;
  final long practitionerId;
  final long locationId;
  final long motiveId;

  private NotificationDatabase(EmbeddedPostgres postgres) throws SQLException {
    this.postgres = postgres;
    this.dataSource = postgres.getPostgresDatabase();
    try (Connection c = dataSource.getConnection()) {
      execute(
          c, "INSERT INTO country VALUES ('FR', 'France', 'Europe/Paris', 'fr-FR', '{}', now())");
      execute(c, "INSERT INTO specialty VALUES ('general-practice', 'General practice')");
      long clinic = insert(c, "INSERT INTO clinic (name, country_code) VALUES ('Clinic', 'FR')");
      locationId =
          insert(
              c,
              "INSERT INTO location (clinic_id, name, address, postcode, city, country_code,"
                  + " latitude, longitude, time_zone) VALUES ("
                  + clinic
                  + ", 'Cabinet Rivoli', '10 rue de Rivoli', '75004', 'Paris', 'FR', 48.85,"
                  + " 2.35, 'Europe/Paris')");
      practitionerId =
          insert(
              c,
              "INSERT INTO practitioner (clinic_id, title, first_name, last_name, specialty_code)"
                  + " VALUES ("
                  + clinic
                  + ", 'Dr', 'Claire', 'Martin', 'general-practice')");
      motiveId =
          insert(
              c,
              "INSERT INTO visit_motive (practitioner_id, name, duration_minutes) VALUES ("
                  + practitionerId
                  + ", 'Consultation', 20)");
      patientId =
          insert(
              c,
              "INSERT INTO account (email, password_hash, role, first_name, last_name, phone,"
                  + " created_at) VALUES ('jane@example.org', 'x', 'patient', 'Jane', 'Doe',"
                  + " '06 12 34 56 78', now())");
    }
  }

  static NotificationDatabase start() throws IOException, SQLException {
    return new NotificationDatabase(TestPostgres.startMigrated());
  }

  /** A confirmed appointment of 20 minutes from {@code start}. */
  long appointment(Instant start) throws SQLException {
    return insertAppointment(start, "CONFIRMED", null);
  }

  /** A hold of 20 minutes from {@code start}, reserving the slot until {@code expiresAt}. */
  long hold(Instant start, Instant expiresAt) throws SQLException {
    return insertAppointment(start, "HELD", expiresAt);
  }

  private long insertAppointment(Instant start, String status, Instant expiresAt)
      throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO appointment (practitioner_id, location_id, motive_id, patient_id,"
                    + " status, start_at, end_at, expires_at, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, now()) RETURNING id")) {
      s.setLong(1, practitionerId);
      s.setLong(2, locationId);
      s.setLong(3, motiveId);
      s.setLong(4, patientId);
      s.setString(5, status);
      s.setTimestamp(6, Timestamp.from(start));
      s.setTimestamp(7, Timestamp.from(start.plusSeconds(20 * 60)));
      s.setTimestamp(8, expiresAt == null ? null : Timestamp.from(expiresAt));
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  void sql(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      execute(c, sql);
    }
  }

  long count(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static long insert(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql + " RETURNING id")) {
      r.next();
      return r.getLong(1);
    }
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
