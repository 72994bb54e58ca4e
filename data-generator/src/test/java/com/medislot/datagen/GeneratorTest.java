package com.medislot.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Generates small sets into real PostgreSQL databases migrated by the project's Flyway scripts. */
class GeneratorTest {

  private static final int PRACTITIONERS = 500;
  private static final int PATIENTS = 2_000;
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
  private static final LocalDate FROM = LocalDate.of(2026, 11, 30);
  private static final List<String> CHECKED_TABLES =
      List.of(
          "clinic",
          "location",
          "practitioner",
          "visit_motive",
          "opening_range",
          "account",
          "appointment",
          "practitioner_search");

  private static EmbeddedPostgres postgres;
  private static String firstDatabase;
  private static String firstOutput;

  @BeforeAll
  static void startAndGenerateOnce() throws Exception {
    postgres = EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
    firstDatabase = freshDatabase("gen_a");
    Result r = run(firstDatabase, 1, PRACTITIONERS, PATIENTS);
    assertThat(r.code).as(r.err).isZero();
    firstOutput = r.out;
  }

  @AfterAll
  static void stop() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void writesTheRequestedCountsAndReportsThem() throws SQLException {
    try (Connection c = connect(firstDatabase)) {
      assertThat(count(c, "SELECT count(*) FROM practitioner")).isEqualTo(PRACTITIONERS);
      assertThat(count(c, "SELECT count(*) FROM account WHERE role = 'patient'"))
          .isEqualTo(PATIENTS);
      assertThat(count(c, "SELECT count(*) FROM country")).isEqualTo(5);
      assertThat(count(c, "SELECT count(*) FROM specialty")).isEqualTo(Specialty.ALL.size());
      assertThat(count(c, "SELECT count(DISTINCT specialty_code) FROM practitioner"))
          .isGreaterThan(10);
      assertThat(count(c, "SELECT count(*) FROM practitioner_search"))
          .isEqualTo(count(c, "SELECT count(*) FROM practitioner_location"))
          .isGreaterThanOrEqualTo(PRACTITIONERS);
      assertThat(
              count(
                  c,
                  "SELECT count(*) FROM practitioner p WHERE NOT EXISTS"
                      + " (SELECT 1 FROM visit_motive m WHERE m.practitioner_id = p.id)"))
          .isZero();
      assertThat(
              count(
                  c,
                  "SELECT count(*) FROM practitioner p WHERE NOT EXISTS"
                      + " (SELECT 1 FROM opening_range o WHERE o.practitioner_id = p.id)"))
          .isZero();
      assertThat(count(c, "SELECT count(DISTINCT country_code) FROM location")).isEqualTo(5);
      // sequences were moved: the next id is past the generated ones
      assertThat(count(c, "SELECT nextval(pg_get_serial_sequence('appointment', 'id'))"))
          .isGreaterThan(count(c, "SELECT max(id) FROM appointment"));
      assertThat(count(c, "SELECT nextval(pg_get_serial_sequence('account', 'id'))"))
          .isEqualTo(PATIENTS + 1);
    }
    assertThat(firstOutput)
        .contains("practitioner ", "appointment ", "Database size:", "Total:", "rows/s");
  }

  @Test
  void locationsLieWithinTenKilometresOfARealCityOfTheirCountryInItsZone() throws SQLException {
    List<City> cities = Cities.bundled().all();
    int checked = 0;
    try (Connection c = connect(firstDatabase);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT city, country_code, latitude, longitude, time_zone FROM location")) {
      while (rs.next()) {
        String name = rs.getString(1);
        String country = rs.getString(2);
        double lat = rs.getDouble(3);
        double lon = rs.getDouble(4);
        City nearest =
            cities.stream()
                .filter(city -> city.country().equals(country))
                .min((a, b) -> Double.compare(km(a, lat, lon), km(b, lat, lon)))
                .orElseThrow();
        assertThat(km(nearest, lat, lon)).as(name).isLessThanOrEqualTo(10.0);
        assertThat(
                cities.stream()
                    .anyMatch(
                        city ->
                            city.country().equals(country)
                                && city.name().equals(name)
                                && km(city, lat, lon) <= Plan.JITTER_KM + 0.1))
            .as("named city %s is the centre it was drawn around", name)
            .isTrue();
        assertThat(rs.getString(5)).isEqualTo(zoneOf(country));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(PRACTITIONERS / 3);
    try (Connection c = connect(firstDatabase);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT code, default_zone, definition FROM country")) {
      while (rs.next()) {
        assertThat(rs.getString(2)).isEqualTo(zoneOf(rs.getString(1)));
        assertThat(rs.getString(3)).isEqualTo(Generator.bundledCountryFile(rs.getString(1)));
      }
    }
  }

  @Test
  void appointmentsNeverOverlapAndFitTheTemplates() throws SQLException {
    try (Connection c = connect(firstDatabase)) {
      long appointments = count(c, "SELECT count(*) FROM appointment WHERE status = 'CONFIRMED'");
      assertThat(appointments).isPositive();
      assertThat(
              count(
                  c,
                  "SELECT count(*) FROM appointment a JOIN appointment b"
                      + " ON a.practitioner_id = b.practitioner_id AND a.id < b.id"
                      + " AND tstzrange(a.start_at, a.end_at) && tstzrange(b.start_at, b.end_at)"))
          .isZero();
      // every appointment lies inside an opening range of its location, in that location's zone
      assertThat(
              count(
                  c,
                  """
                  SELECT count(*) FROM appointment a JOIN location l ON l.id = a.location_id
                   WHERE NOT EXISTS (SELECT 1 FROM opening_range o
                     WHERE o.practitioner_id = a.practitioner_id AND o.location_id = a.location_id
                       AND o.day_of_week = extract(isodow FROM a.start_at AT TIME ZONE l.time_zone)
                       AND (a.start_at AT TIME ZONE l.time_zone)::time >= o.start_time
                       AND (a.end_at AT TIME ZONE l.time_zone)::time <= o.end_time)
                  """))
          .isZero();
      assertThat(
              count(
                  c,
                  "SELECT count(*) FROM appointment a JOIN visit_motive m ON m.id = a.motive_id"
                      + " WHERE m.practitioner_id <> a.practitioner_id"
                      + " OR a.end_at - a.start_at <> make_interval(mins => m.duration_minutes)"))
          .isZero();
      assertThat(count(c, "SELECT count(*) FROM appointment WHERE start_at < '2026-11-29'"))
          .isZero();
      assertThat(count(c, "SELECT count(*) FROM appointment WHERE start_at >= '2026-12-29'"))
          .isZero();
      // about the requested share of the slot grid is booked
      long cells = gridCells(Plan.draw(1, PRACTITIONERS, Cities.bundled()), FROM, 4);
      assertThat((double) appointments / cells).isBetween(0.27, 0.33);
    }
  }

  @Test
  void theSameSeedGivesTheSameDataAndAnotherSeedOtherData() throws Exception {
    String second = freshDatabase("gen_b");
    Result same = run(second, 1, PRACTITIONERS, PATIENTS);
    assertThat(same.code).as(same.err).isZero();
    String third = freshDatabase("gen_c");
    Result other = run(third, 2, PRACTITIONERS, PATIENTS);
    assertThat(other.code).as(other.err).isZero();
    try (Connection a = connect(firstDatabase);
        Connection b = connect(second);
        Connection d = connect(third)) {
      for (String table : CHECKED_TABLES) {
        assertThat(checksum(b, table)).as(table).isEqualTo(checksum(a, table));
      }
      assertThat(checksum(d, "location")).isNotEqualTo(checksum(a, "location"));
      assertThat(checksum(d, "appointment")).isNotEqualTo(checksum(a, "appointment"));
    }
  }

  @Test
  void badArgumentsExitWithTwoAndLeaveTheDatabaseUntouched() throws Exception {
    String untouched = freshDatabase("gen_untouched");
    for (String[] bad :
        List.of(
            args(untouched, 1, -5, 10),
            args(untouched, 1, 10, -1),
            concat(args(untouched, 1, 10, 10), "--colour=red"))) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code = Main.run(bad, CLOCK, new PrintStream(new ByteArrayOutputStream()), print(err));
      assertThat(code).isEqualTo(Main.USAGE_ERROR);
      assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("error: ").contains("usage:");
    }
    try (Connection c = connect(untouched)) {
      assertThat(count(c, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).isZero();
    }
  }

  @Test
  void refusesADatabaseThatAlreadyHoldsData() throws Exception {
    Result again = run(firstDatabase, 9, 10, 10);
    assertThat(again.code).isEqualTo(1);
    assertThat(again.err).contains("already holds");
    try (Connection c = connect(firstDatabase)) {
      assertThat(count(c, "SELECT count(*) FROM practitioner")).isEqualTo(PRACTITIONERS);
    }
  }

  private record Result(int code, String out, String err) {}

  private static Result run(String database, long seed, int practitioners, int patients) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(args(database, seed, practitioners, patients), CLOCK, print(out), print(err));
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static String[] args(String database, long seed, int practitioners, int patients) {
    return new String[] {
      "--jdbc-url=" + url(database),
      "--user=postgres",
      "--password=",
      "--practitioners=" + practitioners,
      "--patients=" + patients,
      "--seed=" + seed,
      "--from=" + FROM
    };
  }

  private static String[] concat(String[] args, String extra) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add(extra);
    return all.toArray(String[]::new);
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }

  private static String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database;
  }

  private static String freshDatabase(String name) throws SQLException {
    try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return name;
  }

  private static Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(url(database), "postgres", "");
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String checksum(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT md5(string_agg(t::text, E'\\n' ORDER BY t.id)) FROM " + table + " t")) {
      rs.next();
      return rs.getString(1);
    }
  }

  /** Counts the slot-grid cells the generator offers for booking, independently of its loop. */
  private static long gridCells(Plan plan, LocalDate from, int weeks) {
    long cells = 0;
    for (Plan.Practitioner p : plan.practitioners()) {
      int cell = p.specialty().slotMinutes();
      for (LocalDate d = from; d.isBefore(from.plusWeeks(weeks)); d = d.plusDays(1)) {
        DayOfWeek dow = d.getDayOfWeek();
        for (var range : p.template().ranges(dow.getValue())) {
          cells += (range[1].toSecondOfDay() - range[0].toSecondOfDay()) / 60 / cell;
        }
      }
    }
    return cells;
  }

  private static String zoneOf(String country) {
    return Map.of(
            "FR", "Europe/Paris",
            "DE", "Europe/Berlin",
            "IT", "Europe/Rome",
            "ES", "Europe/Madrid",
            "NL", "Europe/Amsterdam")
        .get(country);
  }

  /** Great-circle distance in km. */
  private static double km(City city, double lat, double lon) {
    double dLat = Math.toRadians(lat - city.latitude());
    double dLon = Math.toRadians(lon - city.longitude());
    double a =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(Math.toRadians(city.latitude()))
                * Math.cos(Math.toRadians(lat))
                * Math.pow(Math.sin(dLon / 2), 2);
    return 6371.0 * 2 * Math.asin(Math.sqrt(a));
  }
}
