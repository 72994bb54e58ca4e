package com.medislot.booking.slots;

import static org.assertj.core.api.Assertions.assertThat;

import com.medislot.booking.testing.TestPostgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which stored next availabilities the passed-slot pass recomputes, on a real PostgreSQL: those
 * inside the practitioner's minimum notice (their own, else their country's), not only those in the
 * past.
 */
class UnbookableNextAvailabilityTest {

  private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
  private static final Map<String, Duration> COUNTRIES =
      Map.of("FR", Duration.ofHours(2), "DE", Duration.ofMinutes(30));

  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void start() throws Exception {
    postgres = TestPostgres.startMigrated();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      // the rows this query reads only: no clinics, specialties or locations behind them
      s.execute(
          "ALTER TABLE practitioner DROP CONSTRAINT practitioner_clinic_id_fkey,"
              + " DROP CONSTRAINT practitioner_specialty_code_fkey");
      s.execute(
          "ALTER TABLE practitioner_search DROP CONSTRAINT practitioner_search_location_id_fkey");
      // id, own notice (minutes), country, next availability (minutes from now)
      document(c, 1, null, "FR", -10); // started: unbookable
      document(c, 2, null, "FR", 90); // inside France's 2 h: unbookable
      document(c, 3, null, "FR", 150); // beyond 2 h: bookable
      document(c, 4, null, "DE", 45); // beyond Germany's 30 min: bookable
      document(c, 5, null, "DE", 20); // inside 30 min: unbookable
      document(c, 6, 240, "DE", 180); // inside their own 4 h: unbookable
      document(c, 7, 0, "FR", 5); // no notice of their own: bookable
      document(c, 8, null, "IT", 5); // a country not live: no notice, bookable
      document(c, 9, null, "IT", -1); // but started all the same: unbookable
      document(c, 10, null, "FR", null); // nothing free: nothing to recompute
    }
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  @Test
  void aDocumentIsRecomputedOnceItsNextAvailabilityFallsInsideItsMinimumNotice()
      throws SQLException {
    assertThat(all(100)).containsExactly(1L, 2L, 5L, 6L, 9L);
  }

  @Test
  void pagesFollowOneAnotherByPractitionerId() throws SQLException {
    assertThat(all(2)).containsExactly(1L, 2L, 5L, 6L, 9L);
  }

  @Test
  void theLongestNoticeCountsOverridesAndCountries() throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection()) {
      Duration override = UnbookableNextAvailability.Notices.longestOverride(c);
      assertThat(override).isEqualTo(Duration.ofHours(4));
      assertThat(new UnbookableNextAvailability.Notices(COUNTRIES, override).longest())
          .isEqualTo(Duration.ofHours(4));
      assertThat(new UnbookableNextAvailability.Notices(COUNTRIES, Duration.ZERO).longest())
          .isEqualTo(Duration.ofHours(2));
    }
  }

  private static List<Long> all(int pageSize) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Connection c = postgres.getPostgresDatabase().getConnection()) {
      var notices =
          new UnbookableNextAvailability.Notices(
              COUNTRIES, UnbookableNextAvailability.Notices.longestOverride(c));
      long after = 0;
      while (true) {
        List<Long> page = UnbookableNextAvailability.page(c, NOW, notices, after, pageSize);
        if (page.isEmpty()) {
          return ids;
        }
        assertThat(page).hasSizeLessThanOrEqualTo(pageSize);
        ids.addAll(page);
        after = page.get(page.size() - 1);
      }
    }
  }

  private static void document(
      Connection c, long id, Integer ownNoticeMinutes, String country, Integer nextInMinutes)
      throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO practitioner (id, clinic_id, first_name, last_name, specialty_code,"
                + " minimum_notice_minutes) VALUES (?, 1, 'A', 'B', 'dentistry', ?)")) {
      p.setLong(1, id);
      p.setObject(2, ownNoticeMinutes);
      p.executeUpdate();
    }
    try (PreparedStatement d =
        c.prepareStatement(
            "INSERT INTO practitioner_search (practitioner_id, location_id, practitioner_name,"
                + " specialty_code, specialty_name, languages, motive_names,"
                + " accepts_new_patients, location_name, address, city, country_code, latitude,"
                + " longitude, next_available, updated_at) VALUES (?, ?, 'Dr B', 'dentistry',"
                + " 'Dentistry', 'fr', 'Check-up', true, 'Cabinet', '1 rue', 'Paris', ?, 48.85,"
                + " 2.35, ?, now())")) {
      d.setLong(1, id);
      d.setLong(2, 1000 + id);
      d.setString(3, country);
      d.setTimestamp(
          4,
          nextInMinutes == null
              ? null
              : Timestamp.from(NOW.plus(Duration.ofMinutes(nextInMinutes))));
      d.executeUpdate();
    }
  }
}
