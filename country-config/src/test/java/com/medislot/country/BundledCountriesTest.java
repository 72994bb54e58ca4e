package com.medislot.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BundledCountriesTest {

  static Set<String> codes() {
    return CountryFiles.bundledCodes();
  }

  @ParameterizedTest
  @MethodSource("codes")
  void eachBundledFileParsesAndValidates(String code) throws IOException {
    try (InputStream in = CountryFilesTestSupport.bundledStream(code)) {
      ValidationResult result = CountryFiles.parse(code + ".json", in);

      assertThat(result.errors()).isEmpty();
      assertThat(result.definition()).get().extracting(CountryDefinition::code).isEqualTo(code);
    }
  }

  @ParameterizedTest
  @MethodSource("codes")
  void eachBundledCountryHasHolidaysInTheDefaultLocale(String code) {
    CountryDefinition country = CountryFiles.bundled(code);

    assertThat(country.holidays(2026))
        .isNotEmpty()
        .containsKey(java.time.LocalDate.of(2026, 12, 25));
    assertThat(country.compliance().consentText(country.defaultLocale())).isPresent();
  }

  @Test
  void bundlesTheFiveLaunchCountries() {
    assertThat(CountryFiles.bundledCodes()).containsExactly("DE", "ES", "FR", "IT", "NL");
  }

  @Test
  void indexNamesExactlyTheFilesInTheFolder() throws IOException, URISyntaxException {
    Path folder = Path.of(CountryFiles.class.getResource(CountryFiles.BUNDLED_FOLDER).toURI());
    try (Stream<Path> files = Files.list(folder)) {
      Set<String> onDisk =
          files
              .map(path -> path.getFileName().toString())
              .filter(name -> name.matches("[A-Z]{2}\\.json"))
              .map(name -> name.substring(0, 2))
              .collect(Collectors.toSet());

      assertThat(CountryFiles.bundledCodes()).containsExactlyInAnyOrderElementsOf(onDisk);
    }
  }

  @Test
  void bundledIsCachedAndUnknownCodesAreRejected() {
    assertThat(CountryFiles.bundled("FR")).isSameAs(CountryFiles.bundled("FR"));
    assertThatThrownBy(() -> CountryFiles.bundled("US"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no bundled country file for 'US'");
  }

  @Test
  void franceFileReadsAsWritten() {
    CountryDefinition france = CountryFiles.bundled("FR");

    assertThat(france.name()).isEqualTo("France");
    assertThat(france.defaultLocale()).isEqualTo(java.util.Locale.FRANCE);
    assertThat(france.defaultZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(france.zoneFor("FR-974")).isEqualTo(ZoneId.of("Indian/Reunion"));
    assertThat(france.zoneFor("FR-75C")).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(france.currency().getCurrencyCode()).isEqualTo("EUR");
    assertThat(france.bookingRules().minimumNotice()).isEqualTo(java.time.Duration.ofHours(2));
    assertThat(france.bookingRules().bookingHorizon()).isEqualTo(java.time.Period.ofDays(90));
    assertThat(france.bookingRules().reminders())
        .containsExactly(java.time.Duration.ofHours(24), java.time.Duration.ofHours(2));
    assertThat(france.compliance().dataRetention()).isEqualTo(java.time.Period.ofYears(20));
    assertThat(france.compliance().smsAllowed()).isTrue();
  }

  @Test
  void schemaDescribesTheSameFieldsTheParserAccepts() throws IOException {
    try (InputStream in = CountryFiles.class.getResourceAsStream(CountryFiles.SCHEMA_RESOURCE);
        JsonReader reader = Json.createReader(in)) {
      JsonObject schema = reader.readObject();
      JsonObject properties = schema.getJsonObject("properties");

      assertThat(properties.keySet()).isEqualTo(CountryFileParser.TOP_LEVEL_FIELDS);
      assertThat(nested(properties, "bookingRules")).isEqualTo(CountryFileParser.BOOKING_FIELDS);
      assertThat(nested(properties, "compliance")).isEqualTo(CountryFileParser.COMPLIANCE_FIELDS);
      assertThat(nested(properties, "holidays")).isEqualTo(CountryFileParser.HOLIDAY_FIELDS);
      assertThat(
              properties
                  .getJsonObject("timeZones")
                  .getJsonObject("items")
                  .getJsonObject("properties")
                  .keySet())
          .isEqualTo(CountryFileParser.ZONE_FIELDS);
    }
  }

  private static Set<String> nested(JsonObject properties, String name) {
    return properties.getJsonObject(name).getJsonObject("properties").keySet();
  }
}
