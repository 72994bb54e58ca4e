package com.medislot.datagen;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes one data set into a PostgreSQL database: migrates it with the project's Flyway migrations,
 * refuses it if it already holds practitioners or accounts, then loads every table with {@code
 * COPY} and moves the sequences past the identifiers it assigned.
 *
 * <p>Deterministic: the same arguments (seed, counts, share, weeks, first day) and the same clock
 * give the same rows. Not thread-safe; one instance per run.
 */
public final class Generator {

  /**
   * Stored for every generated patient unless {@code --patient-password-hash} is given: a Jakarta
   * Security PBKDF2 hash (PBKDF2WithHmacSHA256, 2048 iterations) of a random password that was not
   * kept, so generated patients cannot sign in.
   */
  public static final String UNUSABLE_PATIENT_HASH =
      "PBKDF2WithHmacSHA256:2048:XLNc3WFvIa7YfCSA1PP6UdCQ+w33TGekt7wMSKq5BBw="
          + ":jvx1kFLyRjHuWUbEdy6lUCA5zTBXb+ch+DUJ5slGlKM=";

  /** Tables filled here, in the order the report lists them. */
  public static final List<String> TABLES =
      List.of(
          "country",
          "specialty",
          "clinic",
          "location",
          "practitioner",
          "practitioner_language",
          "practitioner_location",
          "visit_motive",
          "opening_range",
          "account",
          "appointment",
          "practitioner_search");

  private static final Pattern MARKS = Pattern.compile("\\p{M}");

  private final Arguments args;
  private final Clock clock;
  private final PrintStream out;
  private final Map<String, Duration> phases = new LinkedHashMap<>();

  /**
   * @param args the validated options
   * @param clock gives the creation instants and, without {@code --from}, the first day
   * @param out receives progress and the final report
   */
  public Generator(Arguments args, Clock clock, PrintStream out) {
    this.args = args;
    this.clock = clock;
    this.out = out;
  }

  /**
   * Runs every phase and prints the report.
   *
   * @return the row count of each table in {@link #TABLES} after the run
   * @throws GenerationException if the database already holds practitioners or accounts
   * @throws SQLException if the database rejects a statement (the run stops there; tables written
   *     so far keep their rows)
   */
  public Map<String, Long> run() throws SQLException {
    long startNanos = System.nanoTime();
    Instant now = clock.instant();
    LocalDate from =
        args.from().orElseGet(() -> LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1));
    out.println("Generating " + args + ", appointments from " + from);

    phase("migrate", () -> migrate());
    try (Connection c = DriverManager.getConnection(args.jdbcUrl(), args.user(), args.password())) {
      c.setAutoCommit(true);
      requireEmpty(c);
      CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
      Cities cities = Cities.bundled();
      Plan[] plan = new Plan[1];
      phase("countries+specialties", () -> countriesAndSpecialties(c, now));
      phase("plan", () -> plan[0] = Plan.draw(args.seed(), args.practitioners(), cities));
      phase(
          "clinics+locations",
          () ->
              withoutSecondaryStructures(
                  c, List.of("location"), () -> clinicsAndLocations(copy, plan[0])));
      phase(
          "practitioners",
          () ->
              withoutSecondaryStructures(
                  c,
                  List.of(
                      "practitioner",
                      "practitioner_language",
                      "practitioner_location",
                      "visit_motive",
                      "opening_range"),
                  () -> practitioners(copy, plan[0], from)));
      phase(
          "patients",
          () ->
              withoutSecondaryStructures(c, List.of("account"), () -> patients(copy, cities, now)));
      phase(
          "appointments",
          () ->
              withoutSecondaryStructures(
                  c, List.of("appointment"), () -> appointments(copy, plan[0], from, now)));
      phase("search rows", () -> searchRows(c, now));
      phase("sequences+analyze", () -> sequencesAndAnalyze(c));
      Map<String, Long> counts = counts(c);
      report(c, counts, Duration.ofNanos(System.nanoTime() - startNanos));
      return counts;
    }
  }

  /** The duration of each phase of the last {@link #run()}, in order. */
  public Map<String, Duration> phases() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(phases));
  }

  private interface Step {
    void run() throws SQLException;
  }

  private void phase(String name, Step step) throws SQLException {
    long t0 = System.nanoTime();
    step.run();
    Duration d = Duration.ofNanos(System.nanoTime() - t0);
    phases.put(name, d);
    out.printf(Locale.ROOT, "  %-22s %8.1f s%n", name, d.toMillis() / 1000.0);
  }

  /**
   * Runs a bulk load in one transaction with the secondary indexes, exclusion constraints and
   * foreign keys of the given tables dropped, then creates them again exactly as the migrations
   * defined them (definitions read from the catalogue before dropping). Building an index once and
   * checking a key with one join is far cheaper than maintaining them row by row; every row is
   * still checked, and a failure rolls everything back, definitions included. Primary keys stay.
   */
  private void withoutSecondaryStructures(Connection c, List<String> tables, Step load)
      throws SQLException {
    c.setAutoCommit(false);
    try {
      List<String> drops = new ArrayList<>();
      List<String> indexes = new ArrayList<>();
      List<String> exclusions = new ArrayList<>();
      List<String> foreignKeys = new ArrayList<>();
      try (PreparedStatement constraints =
              c.prepareStatement(
                  "SELECT conname, contype, pg_get_constraintdef(oid) FROM pg_constraint"
                      + " WHERE conrelid = ?::regclass AND contype IN ('f', 'x')"
                      + " ORDER BY contype, conname");
          PreparedStatement plainIndexes =
              c.prepareStatement(
                  "SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x"
                      + " JOIN pg_class i ON i.oid = x.indexrelid WHERE x.indrelid = ?::regclass"
                      + " AND NOT EXISTS (SELECT 1 FROM pg_constraint k"
                      + " WHERE k.conindid = x.indexrelid AND k.conrelid = x.indrelid)"
                      + " ORDER BY i.relname")) {
        for (String table : tables) {
          constraints.setString(1, table);
          try (ResultSet rs = constraints.executeQuery()) {
            while (rs.next()) {
              String name = rs.getString(1);
              String add =
                  "ALTER TABLE " + table + " ADD CONSTRAINT \"" + name + "\" " + rs.getString(3);
              (rs.getString(2).equals("f") ? foreignKeys : exclusions).add(add);
              drops.add("ALTER TABLE " + table + " DROP CONSTRAINT \"" + name + "\"");
            }
          }
          plainIndexes.setString(1, table);
          try (ResultSet rs = plainIndexes.executeQuery()) {
            while (rs.next()) {
              indexes.add(rs.getString(2));
              drops.add("DROP INDEX \"" + rs.getString(1) + "\"");
            }
          }
        }
      }
      try (Statement s = c.createStatement()) {
        // foreign keys and exclusions were listed before the indexes: drop in that order
        for (String drop : drops) {
          s.execute(drop);
        }
        load.run();
        long t0 = System.nanoTime();
        // one-off builds of large indexes and key checks: give them memory for this transaction
        s.execute("SET LOCAL maintenance_work_mem = '1GB'");
        s.execute("SET LOCAL work_mem = '256MB'");
        List<String> restore = new ArrayList<>(indexes);
        restore.addAll(exclusions);
        restore.addAll(foreignKeys);
        for (String ddl : restore) {
          s.execute(ddl);
        }
        out.printf(
            Locale.ROOT,
            "    %d indexes, %d exclusion constraints, %d foreign keys rebuilt and checked in"
                + " %.1f s%n",
            indexes.size(),
            exclusions.size(),
            foreignKeys.size(),
            (System.nanoTime() - t0) / 1e9);
      }
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  private void migrate() {
    Flyway.configure(Generator.class.getClassLoader())
        .dataSource(args.jdbcUrl(), args.user(), args.password())
        .locations("classpath:db/migration/medislot")
        .load()
        .migrate();
  }

  private static void requireEmpty(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT (SELECT count(*) FROM (SELECT 1 FROM practitioner LIMIT 1) p)"
                    + " + (SELECT count(*) FROM (SELECT 1 FROM account LIMIT 1) a)")) {
      rs.next();
      if (rs.getLong(1) > 0) {
        throw new GenerationException(
            "the database already holds practitioners or accounts: generate into an empty one");
      }
    }
  }

  private void countriesAndSpecialties(Connection c, Instant now) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO country (code, name, default_zone, default_locale, definition, imported_at)"
                + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING")) {
      for (CountryProfile country : CountryProfile.values()) {
        String json = bundledCountryFile(country.name());
        JsonObject file;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
          file = reader.readObject();
        }
        ps.setString(1, country.name());
        ps.setString(2, file.getString("name"));
        ps.setString(3, mainZone(file));
        ps.setString(4, file.getString("defaultLocale"));
        ps.setString(5, json);
        ps.setTimestamp(6, Timestamp.from(now));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO specialty (code, name) VALUES (?, ?) ON CONFLICT (code) DO NOTHING")) {
      for (Specialty s : Specialty.ALL) {
        ps.setString(1, s.code());
        ps.setString(2, s.name());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** The zone of the country file that applies where no region is named: the mainland one. */
  static String mainZone(JsonObject countryFile) {
    for (JsonValue v : countryFile.getJsonArray("timeZones")) {
      JsonObject tz = v.asJsonObject();
      if (tz.getJsonArray("regions").isEmpty()) {
        return tz.getString("zone");
      }
    }
    throw new IllegalStateException("country file without a default zone: " + countryFile);
  }

  static String bundledCountryFile(String code) {
    String resource = "/com/medislot/country/countries/" + code + ".json";
    try (InputStream in = Generator.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("country file missing from the class path: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void clinicsAndLocations(CopyManager copy, Plan plan) throws SQLException {
    try (CopyWriter w = CopyWriter.open(out, copy, "clinic", "id, name, country_code")) {
      for (Plan.Clinic clinic : plan.clinics()) {
        w.number(clinic.id()).text(clinic.name()).raw(clinic.country().name()).endRow();
      }
    }
    try (CopyWriter w =
        CopyWriter.open(
            out,
            copy,
            "location",
            "id, clinic_id, name, address, postcode, city, country_code, latitude, longitude,"
                + " time_zone")) {
      for (Plan.Clinic clinic : plan.clinics()) {
        for (Plan.Site site : clinic.sites()) {
          w.number(site.id())
              .number(clinic.id())
              .text(site.name())
              .text(site.address())
              .text(site.postcode())
              .text(clinic.city().name())
              .raw(clinic.country().name())
              .raw(site.latitude())
              .raw(site.longitude())
              .raw(clinic.country().zone().getId())
              .endRow();
        }
      }
    }
  }

  private void practitioners(CopyManager copy, Plan plan, LocalDate from) throws SQLException {
    try (CopyWriter w =
        CopyWriter.open(
            out,
            copy,
            "practitioner",
            "id, clinic_id, title, first_name, last_name, specialty_code, accepts_new_patients")) {
      for (Plan.Practitioner p : plan.practitioners()) {
        w.number(p.id())
            .number(p.clinic().id())
            .text(p.specialty().doctor() ? "Dr" : "")
            .text(p.firstName())
            .text(p.lastName())
            .text(p.specialty().code())
            .raw(p.acceptsNewPatients() ? "t" : "f")
            .endRow();
      }
    }
    try (CopyWriter w =
        CopyWriter.open(out, copy, "practitioner_language", "practitioner_id, language")) {
      for (Plan.Practitioner p : plan.practitioners()) {
        for (String language : p.languages()) {
          w.number(p.id()).raw(language).endRow();
        }
      }
    }
    try (CopyWriter w =
        CopyWriter.open(out, copy, "practitioner_location", "practitioner_id, location_id")) {
      for (Plan.Practitioner p : plan.practitioners()) {
        for (Plan.Site site : p.clinic().sites()) {
          w.number(p.id()).number(site.id()).endRow();
        }
      }
    }
    try (CopyWriter w =
        CopyWriter.open(
            out,
            copy,
            "visit_motive",
            "id, practitioner_id, name, duration_minutes, buffer_before_minutes,"
                + " buffer_after_minutes, new_patients, online_bookable")) {
      long id = 0;
      for (Plan.Practitioner p : plan.practitioners()) {
        for (Specialty.Motive m : p.specialty().motives()) {
          w.number(++id)
              .number(p.id())
              .text(m.name())
              .number(m.minutes())
              .number(m.bufferBefore())
              .number(m.bufferAfter())
              .raw(m.newPatients() ? "t" : "f")
              .raw("t")
              .endRow();
        }
      }
    }
    LocalDate validFrom = from.withDayOfYear(1);
    try (CopyWriter w =
        CopyWriter.open(
            out,
            copy,
            "opening_range",
            "id, practitioner_id, location_id, day_of_week, start_time, end_time, valid_from")) {
      long id = 0;
      for (Plan.Practitioner p : plan.practitioners()) {
        for (int day = 1; day <= 7; day++) {
          for (LocalTime[] range : p.template().ranges(day)) {
            w.number(++id)
                .number(p.id())
                .number(p.siteOn(day).id())
                .number(day)
                .raw(range[0])
                .raw(range[1])
                .raw(validFrom)
                .endRow();
          }
        }
      }
    }
  }

  private void patients(CopyManager copy, Cities cities, Instant now) throws SQLException {
    SplittableRandom random = new SplittableRandom(args.seed() ^ 0x5DEECE66DL);
    String hash = args.patientPasswordHash().orElse(UNUSABLE_PATIENT_HASH);
    long birthFrom = LocalDate.of(1935, 1, 1).toEpochDay();
    long birthSpan = LocalDate.of(2024, 12, 31).toEpochDay() - birthFrom;
    try (CopyWriter w =
        CopyWriter.open(
            out,
            copy,
            "account",
            "id, email, password_hash, role, first_name, last_name, birth_date, phone,"
                + " created_at")) {
      for (long id = 1; id <= args.patients(); id++) {
        CountryProfile country = CountryProfile.of(cities.pick(random).country()).orElseThrow();
        String first = country.givenName(random);
        String last = country.familyName(random);
        w.number(id)
            .text(emailOf(first, last, id))
            .text(hash)
            .raw("patient")
            .text(first)
            .text(last)
            .raw(LocalDate.ofEpochDay(birthFrom + random.nextLong(birthSpan)));
        if (random.nextInt(10) < 7) {
          w.text(country.phone(random));
        } else {
          w.nullValue();
        }
        w.raw(now).endRow();
      }
    }
  }

  /** A unique address on the reserved domain example.com: ASCII, lower case, id-suffixed. */
  static String emailOf(String first, String last, long id) {
    String local = (first + "." + last).replace(' ', '-');
    local =
        Normalizer.normalize(local, Normalizer.Form.NFD)
            .transform(n -> MARKS.matcher(n).replaceAll(""))
            .toLowerCase(Locale.ROOT);
    return local + "." + id + "@example.com";
  }

  /**
   * Books about {@code appointmentShare} of the template's slot grid over {@code weeks} weeks from
   * {@code from}. A practitioner's grid cell is the largest footprint (buffers included) of its
   * motives; a booking lies inside its cell with its buffers, so two bookings never overlap. Public
   * holidays are not taken out of the templates.
   */
  private void appointments(CopyManager copy, Plan plan, LocalDate from, Instant now)
      throws SQLException {
    if (args.patients() == 0 || args.appointmentShare() == 0) {
      out.println("    appointment: none (no patients or share 0)");
      return;
    }
    SplittableRandom random = new SplittableRandom(args.seed() * 31 + 7);
    double share = args.appointmentShare();
    int days = args.weeks() * 7;
    String created = now.toString();
    try (CopyWriter w =
        CopyWriter.open(
            out,
            copy,
            "appointment",
            "id, practitioner_id, location_id, motive_id, patient_id, status, start_at, end_at,"
                + " created_at")) {
      long id = 0;
      long motiveBase = 0;
      for (Plan.Practitioner p : plan.practitioners()) {
        List<Specialty.Motive> motives = p.specialty().motives();
        int cell = p.specialty().slotMinutes();
        var rules = p.clinic().country().zone().getRules();
        for (int d = 0; d < days; d++) {
          LocalDate date = from.plusDays(d);
          int dow = date.getDayOfWeek().getValue();
          List<LocalTime[]> ranges = p.template().ranges(dow);
          if (ranges.isEmpty()) {
            continue;
          }
          long siteId = p.siteOn(dow).id();
          // daytime ranges never meet a DST change, which happens at night
          long dayStart =
              date.toEpochDay() * 86_400 - rules.getOffset(date.atTime(12, 0)).getTotalSeconds();
          for (LocalTime[] range : ranges) {
            int end = range[1].toSecondOfDay() / 60;
            for (int t = range[0].toSecondOfDay() / 60; t + cell <= end; t += cell) {
              if (random.nextDouble() >= share) {
                continue;
              }
              int m = random.nextInt(motives.size());
              Specialty.Motive motive = motives.get(m);
              long start = dayStart + (t + motive.bufferBefore()) * 60L;
              w.number(++id)
                  .number(p.id())
                  .number(siteId)
                  .number(motiveBase + m + 1)
                  .number(1 + random.nextLong(args.patients()))
                  .raw("CONFIRMED")
                  .raw(Instant.ofEpochSecond(start))
                  .raw(Instant.ofEpochSecond(start + motive.minutes() * 60L))
                  .raw(created)
                  .endRow();
            }
          }
        }
        motiveBase += motives.size();
      }
    }
  }

  private static void searchRows(Connection c, Instant now) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sqlResource(SEARCH_FILL))) {
      ps.setTimestamp(1, Timestamp.from(now));
      ps.executeUpdate();
    }
  }

  /** The search projection's fill statement, shared with the demo data (db-migrations jar). */
  static final String SEARCH_FILL = "/db/sql/practitioner_search_fill.sql";

  private static String sqlResource(String name) {
    try (var in = Generator.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing from the classpath: " + name);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void sequencesAndAnalyze(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String table :
          List.of(
              "clinic",
              "location",
              "practitioner",
              "visit_motive",
              "opening_range",
              "account",
              "appointment",
              "practitioner_search")) {
        s.execute(
            "SELECT setval(pg_get_serial_sequence('"
                + table
                + "', 'id'), GREATEST((SELECT COALESCE(MAX(id), 0) FROM "
                + table
                + "), 1))");
      }
      s.execute("ANALYZE");
    }
  }

  private static Map<String, Long> counts(Connection c) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Statement s = c.createStatement()) {
      for (String table : TABLES) {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
          rs.next();
          counts.put(table, rs.getLong(1));
        }
      }
    }
    return counts;
  }

  private void report(Connection c, Map<String, Long> counts, Duration total) throws SQLException {
    out.println("Rows per table:");
    counts.forEach((table, n) -> out.printf(Locale.ROOT, "  %-22s %,14d%n", table, n));
    out.println("Time per phase:");
    phases.forEach(
        (name, d) -> out.printf(Locale.ROOT, "  %-22s %8.1f s%n", name, d.toMillis() / 1000.0));
    out.printf(Locale.ROOT, "Total: %.1f s%n", total.toMillis() / 1000.0);
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT pg_database_size(current_database()),"
                    + " pg_size_pretty(pg_database_size(current_database()))")) {
      rs.next();
      out.printf(Locale.ROOT, "Database size: %s (%,d bytes)%n", rs.getString(2), rs.getLong(1));
    }
  }
}
