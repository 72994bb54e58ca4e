package com.medislot.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The country import on the real platform: preview, apply, re-apply, scope and bad files. The
 * France test puts a holiday on a working day and takes it away again before it ends, so the rest
 * of the suite sees France as the demo data left it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CountryImportIT {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Duration EVENT_WAIT = Duration.ofSeconds(60);

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.rootWar();
  }

  @Test
  void aHolidayAddedToFranceClosesTheDayAndReapplyingChangesNothing() throws Exception {
    String countryAdmin = Api.token("country-admin@demo.medislot.test", "country-admin-demo");
    Target target = Target.pick(40);
    String slot = target.slots().get(target.slots().size() / 2);
    LocalDate day = Instant.parse(slot).atZone(PARIS).toLocalDate();
    String original = bundled("FR");
    String changed =
        original.replace(
            "\"additions\": []",
            "\"additions\": [{ \"date\": \"" + day + "\", \"name\": \"Journée d'essai\" }]");
    assertThat(changed).isNotEqualTo(original);
    String liveHash = liveSha256(countryAdmin, "FR");

    Api.Answer preview = importFile(countryAdmin, changed, "FR.json", true);
    assertThat(preview.status()).as(preview.body()).isEqualTo(200);
    JsonObject report = preview.json();
    assertThat(report.getString("outcome")).isEqualTo("CHANGED");
    assertThat(report.getBoolean("applied")).isFalse();
    assertThat(report.getJsonArray("changes").getValuesAs(JsonObject.class))
        .extracting(c -> c.getString("field"))
        .containsExactly("holidays.additions." + day);
    assertThat(report.getJsonArray("holidaysAdded").getValuesAs(JsonObject.class))
        .extracting(h -> h.getString("date"))
        .containsExactly(day.toString());
    assertThat(report.getString("beforeSha256")).isEqualTo(liveHash);
    // a dry run changes nothing
    assertThat(liveSha256(countryAdmin, "FR")).isEqualTo(liveHash);
    assertThat(target.currentSlots()).contains(slot);

    try {
      Api.Answer applied = importFile(countryAdmin, changed, "FR.json", false);
      assertThat(applied.status()).as(applied.body()).isEqualTo(200);
      assertThat(applied.json().getBoolean("applied")).isTrue();
      assertThat(applied.json().getInt("practitionersRefreshed")).isGreaterThan(0);
      assertThat(liveSha256(countryAdmin, "FR")).isEqualTo(applied.json().getString("afterSha256"));

      // the holiday closes the day: the practitioner offers nothing on it any more
      long appliedAt = System.nanoTime();
      List<String> closed = await(target::currentSlots, s -> noSlotOn(s, day));
      System.out.printf(
          "Country import: %d practitioners refreshed, the new holiday reached /slots in %d ms%n",
          applied.json().getInt("practitionersRefreshed"),
          (System.nanoTime() - appliedAt) / 1_000_000);
      assertThat(closed).noneMatch(s -> Instant.parse(s).atZone(PARIS).toLocalDate().equals(day));
      Api.Answer booking =
          Api.book(Api.newPatientToken(), target.bookingBody(slot), UUID.randomUUID().toString());
      assertThat(booking.status()).as(booking.body()).isEqualTo(422);

      Api.Answer again = importFile(countryAdmin, changed, "FR.json", false);
      assertThat(again.status()).as(again.body()).isEqualTo(200);
      assertThat(again.json().getString("outcome")).isEqualTo("UNCHANGED");
      assertThat(again.json().getBoolean("applied")).isFalse();
      assertThat(again.json().getJsonArray("changes")).isEmpty();
      assertThat(again.json().getString("message")).contains("nothing to change");
    } finally {
      Api.Answer restored = importFile(countryAdmin, original, "FR.json", false);
      assertThat(restored.status()).as(restored.body()).isEqualTo(200);
    }
    List<String> reopened = await(target::currentSlots, s -> s.contains(slot));
    assertThat(reopened).contains(slot);

    try (Connection c = database();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT a.outcome, a.before_sha256, a.after_sha256, a.changed_fields"
                    + " FROM country_import_audit a JOIN account u ON u.id = a.account_id"
                    + " WHERE a.country_code = 'FR' AND u.email = ? ORDER BY a.id")) {
      ps.setString(1, "country-admin@demo.medislot.test");
      List<String> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(rs.getString(1) + " " + rs.getString(4));
          assertThat(rs.getString(3)).hasSize(64);
        }
      }
      assertThat(rows)
          .containsExactly(
              "CHANGED holidays.additions." + day,
              "UNCHANGED ",
              "CHANGED holidays.additions." + day);
    }
  }

  @Test
  void aCountryAdminOfFranceCannotImportGermanyButAnAdminBringsItOnline() throws Exception {
    String countryAdmin = Api.token("country-admin@demo.medislot.test", "country-admin-demo");
    String admin = Api.token("admin@demo.medislot.test", "admin-demo");
    String germany = bundled("DE");

    Api.Answer refused = importFile(countryAdmin, germany, "DE.json", true);
    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    assertThat(refused.isProblem()).isTrue();
    assertThat(importFile(countryAdmin, germany, "DE.json", false).status()).isEqualTo(403);
    assertThat(codes(admin)).doesNotContain("DE");

    Api.Answer preview = importFile(admin, germany, "DE.json", true);
    assertThat(preview.status()).as(preview.body()).isEqualTo(200);
    assertThat(preview.json().getString("outcome")).isEqualTo("CREATED");
    assertThat(preview.json().getJsonArray("holidaysAdded").getValuesAs(JsonObject.class))
        .extracting(h -> h.getString("date"))
        .anyMatch(d -> d.endsWith("-10-03"));
    assertThat(codes(admin)).doesNotContain("DE");

    Api.Answer created = importFile(admin, germany, "DE.json", false);
    assertThat(created.status()).as(created.body()).isEqualTo(200);
    assertThat(created.json().getBoolean("applied")).isTrue();
    assertThat(codes(admin)).contains("DE", "FR");
    assertThat(codes(countryAdmin)).containsExactly("FR");
    Api.Answer again = importFile(admin, germany, "DE.json", false);
    assertThat(again.json().getString("outcome")).isEqualTo("UNCHANGED");

    Api.Answer patient = Api.get("admin/countries", Optional.of(Api.newPatientToken()));
    assertThat(patient.status()).isEqualTo(403);
    assertThat(Api.get("admin/countries", Optional.empty()).status()).isEqualTo(401);
  }

  @Test
  void badFilesAreRejectedPreciselyAndNothingLiveChanges() throws Exception {
    String countryAdmin = Api.token("country-admin@demo.medislot.test", "country-admin-demo");
    String original = bundled("FR");
    String liveHash = liveSha256(countryAdmin, "FR");

    Api.Answer wrongType =
        importFile(
            countryAdmin,
            original.replace("\"minimumNotice\": \"PT2H\"", "\"minimumNotice\": 7200"),
            "FR.json",
            false);
    assertThat(wrongType.status()).as(wrongType.body()).isEqualTo(422);
    assertThat(wrongType.isProblem()).isTrue();
    JsonObject error = wrongType.json().getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("file")).isEqualTo("FR.json");
    assertThat(error.getString("field")).isEqualTo("bookingRules.minimumNotice");
    assertThat(error.getInt("line")).isEqualTo(lineOf(original, "\"minimumNotice\""));

    Api.Answer unknownZone =
        importFile(
            countryAdmin, original.replace("Europe/Paris", "Europe/Atlantis"), "FR.json", false);
    assertThat(unknownZone.status()).as(unknownZone.body()).isEqualTo(422);
    assertThat(unknownZone.body()).contains("\"field\":\"timeZones[0].zone\"");

    String twice = "{ \"date\": \"2030-06-03\", \"name\": \"Un\" }";
    Api.Answer duplicate =
        importFile(
            countryAdmin,
            original.replace("\"additions\": []", "\"additions\": [" + twice + ", " + twice + "]"),
            "FR.json",
            false);
    assertThat(duplicate.status()).as(duplicate.body()).isEqualTo(422);
    assertThat(duplicate.body()).contains("holidays.additions[1]");

    Api.Answer notJson = importFile(countryAdmin, "{ \"code\": \"FR\", ", "FR.json", false);
    assertThat(notJson.status()).as(notJson.body()).isEqualTo(400);
    assertThat(notJson.isProblem()).isTrue();
    assertThat(notJson.body()).contains("\"file\":\"FR.json\"");

    Api.Answer text =
        Api.send(
            HttpRequest.newBuilder(Api.BASE.resolve("admin/countries/import?dryRun=false"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(original)),
            Optional.of(countryAdmin));
    assertThat(text.status()).isEqualTo(415);
    assertThat(text.isProblem()).isTrue();

    Api.Answer huge =
        Api.send(
            HttpRequest.newBuilder(Api.BASE.resolve("admin/countries/import?dryRun=false"))
                .expectContinue(true)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[50 * 1024 * 1024])),
            Optional.of(countryAdmin));
    assertThat(huge.status()).isEqualTo(413);
    assertThat(huge.isProblem()).as(huge.body()).isTrue();

    Api.Answer badFlag = importFile(countryAdmin, original, "FR.json", null);
    assertThat(badFlag.status()).as(badFlag.body()).isEqualTo(400);
    assertThat(badFlag.body()).contains("\"field\":\"dryRun\"");

    for (Api.Answer a : List.of(wrongType, unknownZone, duplicate, notJson, badFlag)) {
      assertThat(a.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }
    assertThat(liveSha256(countryAdmin, "FR")).isEqualTo(liveHash);
  }

  /** {@code dryRun} null sends an invalid value, to test the parameter's validation. */
  private static Api.Answer importFile(String token, String body, String file, Boolean dryRun) {
    String query =
        Api.query(Map.of("dryRun", dryRun == null ? "maybe" : dryRun.toString(), "file", file));
    return Api.post("admin/countries/import?" + query, body, Optional.of(token), Map.of());
  }

  private static List<String> codes(String token) {
    Api.Answer list = Api.get("admin/countries", Optional.of(token));
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    return list.json().getJsonArray("countries").getValuesAs(JsonObject.class).stream()
        .map(c -> c.getString("code"))
        .toList();
  }

  private static String liveSha256(String token, String code) {
    Api.Answer list = Api.get("admin/countries", Optional.of(token));
    return list.json().getJsonArray("countries").getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("code").equals(code))
        .map(c -> c.getString("sha256"))
        .findFirst()
        .orElseThrow();
  }

  private static boolean noSlotOn(List<String> slots, LocalDate day) {
    return slots.stream().noneMatch(s -> Instant.parse(s).atZone(PARIS).toLocalDate().equals(day));
  }

  private static int lineOf(String text, String needle) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError(needle + " not in the file");
  }

  private static String bundled(String code) throws IOException {
    try (InputStream in =
        CountryImportIT.class.getResourceAsStream(
            "/com/medislot/country/countries/" + code + ".json")) {
      if (in == null) {
        throw new IllegalStateException("country-config is not on the test classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static <T> T await(Supplier<T> read, Predicate<T> done) throws InterruptedException {
    Instant deadline = Instant.now().plus(EVENT_WAIT);
    T value = read.get();
    while (!done.test(value) && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      value = read.get();
    }
    return value;
  }

  private static Connection database() throws SQLException {
    var db = TestStack.database();
    return DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
  }
}
