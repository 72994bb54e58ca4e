package com.medislot.booking.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * A deterministic demo data set (same seed, same data) written with JDBC batches. Identifiers are
 * assigned here and the sequences moved past them afterwards.
 */
final class DemoDataSet {

  private static final String COUNTRY = "FR";
  private static final String ZONE = "Europe/Paris";
  private static final int PRACTITIONERS_PER_CLINIC = 4;
  private static final int BATCH = 500;

  private static final List<String> FIRST_NAMES =
      List.of(
          "Claire", "Julien", "Sophie", "Thomas", "Camille", "Nicolas", "Julie", "Antoine", "Marie",
          "Pierre", "Laura", "Mathieu", "Emma", "Hugo", "Léa", "Lucas", "Chloé", "Maxime", "Inès",
          "Karim", "Amina", "Yann", "Élodie", "Romain", "Sarah", "Olivier", "Manon", "Vincent");
  private static final List<String> LAST_NAMES =
      List.of(
          "Martin",
          "Bernard",
          "Dubois",
          "Thomas",
          "Robert",
          "Richard",
          "Petit",
          "Durand",
          "Leroy",
          "Moreau",
          "Simon",
          "Laurent",
          "Lefebvre",
          "Michel",
          "Garcia",
          "David",
          "Bertrand",
          "Roux",
          "Vincent",
          "Fournier",
          "Morel",
          "Girard",
          "André",
          "Mercier",
          "Dupont",
          "Lambert",
          "Bonnet",
          "François",
          "Martinez",
          "Legrand",
          "Garnier",
          "Faure",
          "Rousseau",
          "Blanc",
          "Guerin");
  private static final List<String> STREETS =
      List.of(
          "rue de la République",
          "avenue Jean Jaurès",
          "boulevard Victor Hugo",
          "rue Pasteur",
          "place de la Mairie",
          "rue du Général de Gaulle",
          "avenue de la Gare",
          "rue Nationale");
  private static final List<String> EXTRA_LANGUAGES =
      List.of("en", "en", "en", "es", "de", "it", "ar");

  private final Random random;
  private final int practitioners;
  private final Instant now;

  DemoDataSet(long seed, int practitioners, Instant now) {
    this.random = new Random(seed);
    this.practitioners = practitioners;
    this.now = now;
  }

  void write(Connection c, Function<char[], String> hash) throws SQLException {
    country(c);
    specialties(c);
    int clinics = (practitioners + PRACTITIONERS_PER_CLINIC - 1) / PRACTITIONERS_PER_CLINIC;
    clinicsAndLocations(c, clinics);
    practitionersWithCalendars(c);
    accounts(c, hash);
    searchDocuments(c);
    moveSequences(c);
  }

  private void country(Connection c) throws SQLException {
    String json = bundledCountryFile(COUNTRY);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO country (code, name, default_zone, default_locale, definition, imported_at)"
                + " VALUES (?, 'France', ?, 'fr-FR', ?, ?) ON CONFLICT (code) DO NOTHING")) {
      ps.setString(1, COUNTRY);
      ps.setString(2, ZONE);
      ps.setString(3, json);
      ps.setTimestamp(4, Timestamp.from(now));
      ps.executeUpdate();
    }
  }

  static String bundledCountryFile(String code) {
    return resource("/com/medislot/country/countries/" + code + ".json");
  }

  /** The search projection's fill statement, shared with the data generator (db-migrations). */
  static final String SEARCH_FILL = "/db/sql/practitioner_search_fill.sql";

  private static String resource(String resource) {
    try (InputStream in = DemoDataSet.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing from the classpath: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void specialties(Connection c) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO specialty (code, name) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
      for (DemoSpecialty s : DemoSpecialty.ALL) {
        ps.setString(1, s.code());
        ps.setString(2, s.name());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private void clinicsAndLocations(Connection c, int clinics) throws SQLException {
    int totalWeight = DemoCity.FRANCE.stream().mapToInt(DemoCity::weight).sum();
    try (PreparedStatement clinic =
            c.prepareStatement("INSERT INTO clinic (id, name, country_code) VALUES (?, ?, ?)");
        PreparedStatement location =
            c.prepareStatement(
                "INSERT INTO location (id, clinic_id, name, address, postcode, city, country_code,"
                    + " latitude, longitude, time_zone, region) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int id = 1; id <= clinics; id++) {
        DemoCity city = pickCity(totalWeight);
        String name = "Cabinet médical " + city.name() + " " + id;
        clinic.setLong(1, id);
        clinic.setString(2, name);
        clinic.setString(3, COUNTRY);
        clinic.addBatch();
        // Spread around the centre: up to ~6 km, denser near the middle.
        double radiusKm = 6 * Math.sqrt(random.nextDouble());
        double angle = random.nextDouble() * 2 * Math.PI;
        double lat = city.latitude() + (radiusKm / 111.0) * Math.cos(angle);
        double lon =
            city.longitude()
                + (radiusKm / (111.0 * Math.cos(Math.toRadians(city.latitude()))))
                    * Math.sin(angle);
        location.setLong(1, id);
        location.setLong(2, id);
        location.setString(3, name);
        location.setString(4, (1 + random.nextInt(180)) + " " + pick(STREETS));
        location.setString(5, city.postcode());
        location.setString(6, city.name());
        location.setString(7, COUNTRY);
        location.setDouble(8, lat);
        location.setDouble(9, lon);
        location.setString(10, ZONE);
        location.setString(11, city.region().orElse(null));
        location.addBatch();
        if (id % BATCH == 0) {
          clinic.executeBatch();
          location.executeBatch();
        }
      }
      clinic.executeBatch();
      location.executeBatch();
    }
  }

  private void practitionersWithCalendars(Connection c) throws SQLException {
    int totalWeight = DemoSpecialty.ALL.stream().mapToInt(DemoSpecialty::weight).sum();
    long motiveId = 0;
    long openingId = 0;
    try (PreparedStatement practitioner =
            c.prepareStatement(
                "INSERT INTO practitioner (id, clinic_id, title, first_name, last_name, specialty_code,"
                    + " accepts_new_patients) VALUES (?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement language =
            c.prepareStatement(
                "INSERT INTO practitioner_language (practitioner_id, language) VALUES (?, ?)");
        PreparedStatement works =
            c.prepareStatement(
                "INSERT INTO practitioner_location (practitioner_id, location_id) VALUES (?, ?)");
        PreparedStatement motive =
            c.prepareStatement(
                "INSERT INTO visit_motive (id, practitioner_id, name, duration_minutes,"
                    + " buffer_before_minutes, buffer_after_minutes, new_patients, online_bookable)"
                    + " VALUES (?, ?, ?, ?, 0, ?, ?, true)");
        PreparedStatement opening =
            c.prepareStatement(
                "INSERT INTO opening_range (id, practitioner_id, location_id, day_of_week, start_time,"
                    + " end_time, valid_from) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (int id = 1; id <= practitioners; id++) {
        long clinicId = (id - 1) / PRACTITIONERS_PER_CLINIC + 1;
        DemoSpecialty specialty = pickSpecialty(totalWeight);
        boolean doctor = !specialty.code().equals("physiotherapy");
        practitioner.setLong(1, id);
        practitioner.setLong(2, clinicId);
        practitioner.setString(3, doctor ? "Dr" : "");
        practitioner.setString(4, pick(FIRST_NAMES));
        practitioner.setString(5, pick(LAST_NAMES));
        practitioner.setString(6, specialty.code());
        practitioner.setBoolean(7, random.nextInt(10) < 8);
        practitioner.addBatch();

        language.setLong(1, id);
        language.setString(2, "fr");
        language.addBatch();
        if (random.nextInt(10) < 4) {
          language.setLong(1, id);
          language.setString(2, pick(EXTRA_LANGUAGES));
          language.addBatch();
        }
        works.setLong(1, id);
        works.setLong(2, clinicId);
        works.addBatch();

        for (DemoSpecialty.Motive m : specialty.motives()) {
          motive.setLong(1, ++motiveId);
          motive.setLong(2, id);
          motive.setString(3, m.name());
          motive.setInt(4, m.minutes());
          motive.setInt(5, m.bufferAfter());
          motive.setBoolean(6, m.newPatients());
          motive.addBatch();
        }
        openingId = weeklyTemplate(opening, openingId, id, clinicId);
        if (id % BATCH == 0) {
          practitioner.executeBatch();
          language.executeBatch();
          works.executeBatch();
          motive.executeBatch();
          opening.executeBatch();
        }
      }
      practitioner.executeBatch();
      language.executeBatch();
      works.executeBatch();
      motive.executeBatch();
      opening.executeBatch();
    }
  }

  /**
   * Monday to Friday, a morning and an afternoon range, some practitioners on Saturday mornings.
   */
  private long weeklyTemplate(
      PreparedStatement opening, long lastId, long practitionerId, long locationId)
      throws SQLException {
    long id = lastId;
    LocalTime morningStart = LocalTime.of(8, 0).plusMinutes(30L * random.nextInt(3));
    LocalTime morningEnd = LocalTime.of(12, 0).plusMinutes(30L * random.nextInt(2));
    LocalTime afternoonStart = LocalTime.of(13, 30).plusMinutes(30L * random.nextInt(2));
    LocalTime afternoonEnd = LocalTime.of(17, 30).plusMinutes(30L * random.nextInt(3));
    int dayOff = random.nextInt(7) + 1; // 6 and 7 mean "no weekday off"
    boolean saturday = random.nextInt(4) == 0;
    Date validFrom = Date.valueOf(LocalDate.of(2026, 1, 1));
    for (int day = 1; day <= 6; day++) {
      if (day == dayOff || (day == 6 && !saturday)) {
        continue;
      }
      id =
          addOpening(
              opening, id, practitionerId, locationId, day, morningStart, morningEnd, validFrom);
      if (day < 6) {
        id =
            addOpening(
                opening,
                id,
                practitionerId,
                locationId,
                day,
                afternoonStart,
                afternoonEnd,
                validFrom);
      }
    }
    return id;
  }

  private static long addOpening(
      PreparedStatement opening,
      long lastId,
      long practitionerId,
      long locationId,
      int day,
      LocalTime start,
      LocalTime end,
      Date validFrom)
      throws SQLException {
    long id = lastId + 1;
    opening.setLong(1, id);
    opening.setLong(2, practitionerId);
    opening.setLong(3, locationId);
    opening.setInt(4, day);
    opening.setTime(5, Time.valueOf(start));
    opening.setTime(6, Time.valueOf(end));
    opening.setDate(7, validFrom);
    opening.addBatch();
    return id;
  }

  private void accounts(Connection c, Function<char[], String> hash) throws SQLException {
    try (PreparedStatement account =
            c.prepareStatement(
                "INSERT INTO account (email, password_hash, role, first_name, last_name, clinic_id,"
                    + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id");
        PreparedStatement scope =
            c.prepareStatement(
                "INSERT INTO account_country (account_id, country_code) VALUES (?, ?)")) {
      for (DemoAccount a : DemoAccount.ALL) {
        account.setString(1, a.email());
        account.setString(2, hash.apply(a.password().toCharArray()));
        account.setString(3, a.role());
        account.setString(4, a.firstName());
        account.setString(5, a.lastName());
        if (a.role().equals("staff")) {
          account.setLong(6, 1L);
        } else {
          account.setNull(6, java.sql.Types.BIGINT);
        }
        account.setTimestamp(7, Timestamp.from(now));
        try (var rs = account.executeQuery()) {
          rs.next();
          if (a.role().equals("country-admin")) {
            scope.setLong(1, rs.getLong(1));
            scope.setString(2, COUNTRY);
            scope.executeUpdate();
          }
        }
      }
    }
  }

  private void searchDocuments(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(resource(SEARCH_FILL))) {
      ps.setTimestamp(1, Timestamp.from(now));
      ps.executeUpdate();
    }
  }

  private static void moveSequences(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String table :
          List.of("clinic", "location", "practitioner", "visit_motive", "opening_range")) {
        s.execute(
            "SELECT setval(pg_get_serial_sequence('"
                + table
                + "', 'id'), GREATEST((SELECT COALESCE(MAX(id), 0) FROM "
                + table
                + "), 1))");
      }
    }
  }

  private DemoCity pickCity(int totalWeight) {
    int r = random.nextInt(totalWeight);
    for (DemoCity city : DemoCity.FRANCE) {
      r -= city.weight();
      if (r < 0) {
        return city;
      }
    }
    throw new IllegalStateException("weights");
  }

  private DemoSpecialty pickSpecialty(int totalWeight) {
    int r = random.nextInt(totalWeight);
    for (DemoSpecialty s : DemoSpecialty.ALL) {
      r -= s.weight();
      if (r < 0) {
        return s;
      }
    }
    throw new IllegalStateException("weights");
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
