package com.medislot.country;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A valid country file, one field per line, that tests change line by line. */
final class TemplateFile {

  static final String TEXT =
      """
      {
        "code": "FR",
        "name": "France",
        "defaultLocale": "fr-FR",
        "timeZones": [
          { "zone": "Europe/Paris", "regions": [] },
          { "zone": "Indian/Reunion", "regions": ["FR-974"] }
        ],
        "holidays": {
          "source": "jollyday:fr",
          "additions": [
            { "date": "2026-05-02", "name": "Pont du 1er mai" }
          ],
          "removals": ["2026-05-08"]
        },
        "bookingRules": {
          "minimumNotice": "PT2H",
          "bookingHorizon": "P90D",
          "patientCancellationCutoff": "PT2H",
          "reminders": ["PT2H", "PT24H"],
          "maxUpcomingPerPractitioner": 2,
          "sameSpecialtyMinDays": 1
        },
        "compliance": {
          "dataRetention": "P20Y",
          "consentTexts": { "fr": "Texte", "en": "Text" },
          "smsAllowed": true
        },
        "currency": "EUR"
      }
      """;

  private TemplateFile() {}

  /** The template with 1-based line {@code line} replaced. */
  static String withLine(int line, String replacement) {
    List<String> lines = new ArrayList<>(TEXT.lines().toList());
    lines.set(line - 1, replacement);
    return String.join("\n", lines) + "\n";
  }

  static ValidationResult parse(String fileName, String text) {
    return CountryFiles.parse(
        fileName, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }
}
