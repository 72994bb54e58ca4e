package com.medislot.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.medislot.booking.country.ImportReport;
import com.medislot.booking.errors.InvalidInputException;
import com.medislot.country.CountryDefinition;
import com.medislot.country.CountryDiff;
import com.medislot.country.CountryFiles;
import com.medislot.country.ValidationError;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CountryImportJsonTest {

  private static final CountryDefinition FR = CountryFiles.bundled("FR");

  private static CountryDefinition frWithNotice(String notice) throws IOException {
    String text;
    try (InputStream in =
        CountryImportJsonTest.class.getResourceAsStream(CountryFiles.BUNDLED_FOLDER + "FR.json")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    text = text.replace("\"minimumNotice\": \"PT2H\"", "\"minimumNotice\": \"" + notice + "\"");
    return CountryFiles.parse(
            "FR.json", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
        .definition()
        .orElseThrow();
  }

  @Test
  void aChangedFieldShowsBeforeAndAfter() throws IOException {
    CountryDiff diff = CountryDiff.between(Optional.of(FR), frWithNotice("PT4H"), List.of(2026));
    ImportReport report =
        new ImportReport(
            "FR",
            "France",
            ImportReport.Outcome.CHANGED,
            false,
            diff,
            List.of(2026),
            Optional.of("a".repeat(64)),
            "b".repeat(64),
            0);
    JsonObject json = CountryImportJson.report(report, true);
    assertThat(json.getString("outcome")).isEqualTo("CHANGED");
    assertThat(json.getBoolean("dryRun")).isTrue();
    assertThat(json.getBoolean("applied")).isFalse();
    assertThat(json.getBoolean("availabilityAffected")).isTrue();
    JsonArray changes = json.getJsonArray("changes");
    assertThat(changes).hasSize(1);
    assertThat(changes.getJsonObject(0).getString("field")).isEqualTo("bookingRules.minimumNotice");
    assertThat(changes.getJsonObject(0).getString("before")).isEqualTo("PT2H");
    assertThat(changes.getJsonObject(0).getString("after")).isEqualTo("PT4H");
    assertThat(json.getString("message")).isEqualTo("1 field(s) of FR would change");
    assertThat(json.getString("beforeSha256")).hasSize(64);
  }

  @Test
  void aNewCountryHasNoBeforeValuesNorHash() {
    CountryDefinition de = CountryFiles.bundled("DE");
    CountryDiff diff = CountryDiff.between(Optional.empty(), de, List.of(2026));
    ImportReport report =
        new ImportReport(
            "DE",
            "Germany",
            ImportReport.Outcome.CREATED,
            true,
            diff,
            List.of(2026),
            Optional.empty(),
            "c".repeat(64),
            0);
    JsonObject json = CountryImportJson.report(report, false);
    assertThat(json.containsKey("beforeSha256")).isFalse();
    assertThat(json.getJsonArray("changes").getValuesAs(JsonObject.class))
        .allSatisfy(c -> assertThat(c.containsKey("before")).isFalse());
    assertThat(json.getJsonArray("holidaysAdded").getValuesAs(JsonObject.class))
        .extracting(h -> h.getString("date"))
        .contains("2026-10-03");
    assertThat(json.getString("message")).isEqualTo("DE is now live");
  }

  @Test
  void validationErrorsKeepFileLineAndField() {
    JsonArray errors =
        CountryImportJson.errors(
            List.of(new ValidationError("FR.json", 12, "bookingRules.minimumNotice", "bad")));
    JsonObject e = errors.getJsonObject(0);
    assertThat(e.getString("file")).isEqualTo("FR.json");
    assertThat(e.getInt("line")).isEqualTo(12);
    assertThat(e.getString("field")).isEqualTo("bookingRules.minimumNotice");
    assertThat(e.getString("text")).isEqualTo("FR.json:12: bookingRules.minimumNotice: bad");
  }

  @Test
  void dryRunDefaultsToTrueAndRejectsOtherWords() {
    assertThat(CountryAdminResource.dryRun(null)).isTrue();
    assertThat(CountryAdminResource.dryRun("true")).isTrue();
    assertThat(CountryAdminResource.dryRun("false")).isFalse();
    assertThatThrownBy(() -> CountryAdminResource.dryRun("yes"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("true or false");
  }

  @Test
  void fileNamesArePlainNames() {
    assertThat(CountryAdminResource.fileName(null)).isEqualTo("country.json");
    assertThat(CountryAdminResource.fileName("FR.json")).isEqualTo("FR.json");
    assertThatThrownBy(() -> CountryAdminResource.fileName("../etc/passwd"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> CountryAdminResource.fileName("x".repeat(101)))
        .isInstanceOf(InvalidInputException.class);
  }
}
