package com.medislot.country;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CountryFilesBadInputTest {

  @Test
  void templateIsValid() {
    ValidationResult result = TemplateFile.parse("T.json", TemplateFile.TEXT);

    assertThat(result.errors()).isEmpty();
    assertThat(result.definition()).isPresent();
  }

  /** Line to replace, its new content, the one error expected. */
  static Stream<Arguments> oneLineChanges() {
    return Stream.of(
        Arguments.of(
            21,
            "    \"maxUpcomingPerPractitioner\": \"two\",",
            "T.json:21: bookingRules.maxUpcomingPerPractitioner: expected an integer, found a"
                + " string"),
        Arguments.of(
            21,
            "    \"maxUpcomingPerPractitioner\": 2.5,",
            "T.json:21: bookingRules.maxUpcomingPerPractitioner: not an integer: '2.5'"),
        Arguments.of(
            21,
            "    \"maxUpcomingPerPractitioner\": 0,",
            "T.json:21: bookingRules.maxUpcomingPerPractitioner: must be between 1 and 100: 0"),
        Arguments.of(
            27,
            "    \"smsAllowed\": \"yes\"",
            "T.json:27: compliance.smsAllowed: expected a boolean, found a string"),
        Arguments.of(
            20,
            "    \"reminders\": \"PT2H\",",
            "T.json:20: bookingRules.reminders: expected an array, found a string"),
        Arguments.of(
            26,
            "    \"consentTexts\": [],",
            "T.json:26: compliance.consentTexts: expected an object, found an array"),
        Arguments.of(
            7,
            "    { \"zone\": \"Mars/Olympus\", \"regions\": [\"FR-974\"] }",
            "T.json:7: timeZones[1].zone: unknown time zone id: 'Mars/Olympus'"),
        Arguments.of(
            7,
            "    { \"zone\": \"+04:00\", \"regions\": [\"FR-974\"] }",
            "T.json:7: timeZones[1].zone: not an IANA time zone id (e.g. Europe/Paris): '+04:00'"),
        Arguments.of(
            7,
            "    { \"zone\": \"Indian/Reunion\", \"regions\": [\"DE-BY\"] }",
            "T.json:7: timeZones[1].regions[0]: not an ISO 3166-2 subdivision code of FR: 'DE-BY'"),
        Arguments.of(
            7,
            "    { \"zone\": \"Indian/Reunion\", \"regions\": [] }",
            "T.json:7: timeZones[1].regions: only the first (default) zone may leave its regions"
                + " empty"),
        Arguments.of(
            7,
            "    { \"zone\": \"Europe/Paris\", \"regions\": [\"FR-974\"] }",
            "T.json:7: timeZones[1].zone: zone Europe/Paris is already listed at line 6"),
        Arguments.of(
            4,
            "  \"defaultLocale\": \"xx-FR\",",
            "T.json:4: defaultLocale: unknown locale: 'xx-FR'"),
        Arguments.of(
            4,
            "  \"defaultLocale\": \"fr_FR\",",
            "T.json:4: defaultLocale: not a BCP 47 language tag: 'fr_FR'"),
        Arguments.of(
            2,
            "  \"code\": \"XX\",",
            "T.json:2: code: not an ISO 3166-1 alpha-2 country code: 'XX'"),
        Arguments.of(
            3,
            "  \"name\": \" \",",
            "T.json:3: name: must be a non-blank name of at most 100 characters"),
        Arguments.of(
            3,
            "  \"name\": \"Fra\\u0000nce\",",
            "T.json:3: name: must not contain control characters or broken Unicode"),
        Arguments.of(
            3,
            "  \"name\": \"Fra\\uD800nce\",",
            "T.json:3: name: must not contain control characters or broken Unicode"),
        Arguments.of(
            17,
            "    \"minimumNotice\": \"2 hours\",",
            "T.json:17: bookingRules.minimumNotice: not an ISO-8601 duration (e.g. PT2H): '2"
                + " hours'"),
        Arguments.of(
            17,
            "    \"minimumNotice\": \"-PT1H\",",
            "T.json:17: bookingRules.minimumNotice: must be between PT0S and PT720H: -PT1H"),
        Arguments.of(
            18,
            "    \"bookingHorizon\": \"90 days\",",
            "T.json:18: bookingRules.bookingHorizon: not an ISO-8601 period (e.g. P90D): '90"
                + " days'"),
        Arguments.of(
            18,
            "    \"bookingHorizon\": \"P0D\",",
            "T.json:18: bookingRules.bookingHorizon: must be a positive period of at most 731 days:"
                + " P0D"),
        Arguments.of(
            20,
            "    \"reminders\": [\"PT2H\", \"PT2H\"],",
            "T.json:20: bookingRules.reminders: lists the same reminder time twice"),
        Arguments.of(
            20,
            "    \"reminders\": [\"PT2H\", \"soon\"],",
            "T.json:20: bookingRules.reminders[1]: not an ISO-8601 duration (e.g. PT2H): 'soon'"),
        Arguments.of(
            25,
            "    \"dataRetention\": \"ten years\",",
            "T.json:25: compliance.dataRetention: not an ISO-8601 period (e.g. P90D): 'ten years'"),
        Arguments.of(
            26,
            "    \"consentTexts\": { \"en\": \"Text\" },",
            "T.json:26: compliance.consentTexts: needs a text for the default locale's language"
                + " 'fr'"),
        Arguments.of(
            26,
            "    \"consentTexts\": { \"fr\": \"Texte\", \"zz-ZZ\": \"Text\" },",
            "T.json:26: compliance.consentTexts.zz-ZZ: unknown locale: 'zz-ZZ'"),
        Arguments.of(
            12,
            "      { \"date\": \"2026-02-30\", \"name\": \"Pont\" }",
            "T.json:12: holidays.additions[0].date: not an ISO-8601 date (YYYY-MM-DD):"
                + " '2026-02-30'"),
        Arguments.of(
            12,
            "      { \"date\": \"2026-05-02\", \"name\": \"Pont\" }, { \"date\": \"2026-05-02\","
                + " \"name\": \"Encore\" }",
            "T.json:12: holidays.additions[1].date: duplicate holiday 2026-05-02 (first added at"
                + " line 12)"),
        Arguments.of(
            12,
            "      { \"date\": \"2026-05-01\", \"name\": \"Travail\" }",
            "T.json:12: holidays.additions[0].date: 2026-05-01 is already a public holiday in"
                + " jollyday:fr (Fête du travail)"),
        Arguments.of(
            12,
            "      { \"date\": \"2026-05-02\" }",
            "T.json:12: holidays.additions[0].name: missing"),
        Arguments.of(
            14,
            "    \"removals\": [\"2026-05-09\"]",
            "T.json:14: holidays.removals[0]: 2026-05-09 is not a public holiday in jollyday:fr"),
        Arguments.of(
            14,
            "    \"removals\": [\"2026-05-08\", \"2026-05-08\"]",
            "T.json:14: holidays.removals[1]: duplicate removal 2026-05-08 (first at line 14)"),
        Arguments.of(
            14,
            "    \"removals\": [\"2026-05-02\"]",
            "T.json:12: holidays.additions[0].date: 2026-05-02 is both added and removed"),
        Arguments.of(
            10,
            "    \"source\": \"jollyday:zz\",",
            "T.json:10: holidays.source: unknown holiday calendar: 'jollyday:zz'"),
        Arguments.of(
            10,
            "    \"source\": \"fr\",",
            "T.json:10: holidays.source: not a holiday calendar reference (e.g. jollyday:fr):"
                + " 'fr'"),
        Arguments.of(
            10,
            "    \"source\": \"jollyday:fr\", \"regions\": { \"FR-57\": \"jollyday:fr/99\" },",
            "T.json:10: holidays.regions.FR-57: unknown region in holiday calendar:"
                + " 'jollyday:fr/99'"),
        Arguments.of(
            29,
            "  \"currency\": \"EUX\"",
            "T.json:29: currency: not an ISO 4217 currency code: 'EUX'"),
        Arguments.of(
            29,
            "  \"currency\": \"EUR\", \"colour\": \"blue\"",
            "T.json:29: colour: unknown field"),
        Arguments.of(29, "  \"$schema\": \"country.schema.json\"", "T.json:1: currency: missing"),
        Arguments.of(
            18,
            "    \"minimumNotice\": \"PT3H\",",
            "T.json:18: bookingRules.minimumNotice: duplicate field (first at line 17)"),
        Arguments.of(
            29,
            "  \"currency\": " + "[".repeat(20) + "]".repeat(20),
            "T.json:29: currency" + "[0]".repeat(15) + ": nested deeper than 16 levels"));
  }

  @ParameterizedTest(name = "[{index}] {2}")
  @MethodSource("oneLineChanges")
  void reportsFileLineAndField(int line, String replacement, String expected) {
    ValidationResult result =
        TemplateFile.parse("T.json", TemplateFile.withLine(line, replacement));

    assertThat(result.definition()).isEmpty();
    assertThat(result.errors()).extracting(ValidationError::toString).containsExactly(expected);
  }

  @Test
  void reportsTheLineOfMalformedJson() {
    ValidationResult result =
        TemplateFile.parse(
            "T.json", TemplateFile.withLine(21, "    \"maxUpcomingPerPractitioner\": 2"));

    assertThat(result.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.line()).isEqualTo(22);
              assertThat(error.toString())
                  .startsWith("T.json:22: malformed JSON: ")
                  .doesNotContain("line no=");
            });
  }

  @Test
  void reportsEveryProblemInFileOrder() {
    String text =
        TemplateFile.withLine(4, "  \"defaultLocale\": \"fr_FR\",")
            .replace("\"PT2H\",\n    \"bookingHorizon\"", "\"2h\",\n    \"bookingHorizon\"");

    ValidationResult result = TemplateFile.parse("T.json", text);

    assertThat(result.errors())
        .extracting(ValidationError::toString)
        .containsExactly(
            "T.json:4: defaultLocale: not a BCP 47 language tag: 'fr_FR'",
            "T.json:17: bookingRules.minimumNotice: not an ISO-8601 duration (e.g. PT2H): '2h'");
  }

  @Test
  void codeMustMatchFileName() {
    ValidationResult result = TemplateFile.parse("countries/DE.json", TemplateFile.TEXT);

    assertThat(result.errors())
        .extracting(ValidationError::toString)
        .containsExactly("countries/DE.json:2: code: is FR but the file is named DE.json");
  }

  @Test
  void rejectsAFileOverTheLimitWithoutReadingItAll() {
    CountingStream fiftyMegabytes = new CountingStream(50L * 1024 * 1024);

    ValidationResult result = CountryFiles.parse("big.json", fiftyMegabytes);

    assertThat(result.errors())
        .extracting(ValidationError::toString)
        .containsExactly("big.json: is larger than the limit of 1048576 bytes");
    assertThat(fiftyMegabytes.read).isEqualTo(CountryFiles.MAX_FILE_BYTES + 1L);
  }

  @Test
  void acceptsAFileExactlyAtTheLimit() {
    byte[] valid = TemplateFile.TEXT.getBytes(StandardCharsets.UTF_8);
    byte[] padded = new byte[CountryFiles.MAX_FILE_BYTES];
    System.arraycopy(valid, 0, padded, 0, valid.length);
    java.util.Arrays.fill(padded, valid.length, padded.length, (byte) ' ');

    ValidationResult result = CountryFiles.parse("T.json", new ByteArrayInputStream(padded));

    assertThat(result.errors()).isEmpty();
  }

  static Stream<Arguments> wholeFileProblems() {
    return Stream.of(
        Arguments.of(new byte[0], "T.json: is empty"),
        Arguments.of(" \n ".getBytes(StandardCharsets.UTF_8), "T.json: is empty"),
        Arguments.of(
            new byte[] {'{', '"', (byte) 0xC3, 0x28, '"', '}'}, "T.json: is not UTF-8 text"),
        Arguments.of(
            "[]".getBytes(StandardCharsets.UTF_8), "T.json:1: expected an object, found an array"),
        Arguments.of(
            "{} {}".getBytes(StandardCharsets.UTF_8),
            "T.json:1: malformed JSON: Expected EOF token, but got CURLYOPEN"));
  }

  @ParameterizedTest
  @MethodSource("wholeFileProblems")
  void reportsWholeFileProblems(byte[] content, String expected) {
    ValidationResult result = CountryFiles.parse("T.json", new ByteArrayInputStream(content));

    assertThat(result.errors()).extracting(ValidationError::toString).contains(expected);
    assertThat(result.definition()).isEmpty();
  }

  @Test
  void reportsAnUnreadableStream() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk on fire");
          }
        };

    ValidationResult result = CountryFiles.parse("T.json", broken);

    assertThat(result.errors())
        .extracting(ValidationError::toString)
        .containsExactly("T.json: cannot be read: disk on fire");
  }

  @Test
  void longValuesAreCutShortInMessages() {
    String longZone = "A/" + "x".repeat(5000);

    ValidationResult result =
        TemplateFile.parse(
            "T.json",
            TemplateFile.withLine(
                7, "    { \"zone\": \"" + longZone + "\", \"regions\": [\"FR-974\"] }"));

    assertThat(result.errors())
        .singleElement()
        .satisfies(error -> assertThat(error.message()).hasSizeLessThan(120));
  }

  /** Endless stream of spaces that counts what was read from it. */
  private static final class CountingStream extends InputStream {
    private final long size;
    long read;

    CountingStream(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      if (read >= size) {
        return -1;
      }
      read++;
      return ' ';
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (read >= size) {
        return -1;
      }
      int n = (int) Math.min(length, size - read);
      java.util.Arrays.fill(buffer, offset, offset + n, (byte) ' ');
      read += n;
      return n;
    }
  }
}
