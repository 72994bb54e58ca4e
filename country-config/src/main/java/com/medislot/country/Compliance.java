package com.medislot.country;

import java.time.Period;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Data-protection settings of a country. Immutable; no component is null.
 *
 * @param dataRetention how long personal data is kept after the last activity
 * @param consentTexts consent text shown to patients, by BCP 47 language tag ({@code fr}, {@code
 *     en}); sorted by tag
 * @param smsAllowed whether notifications may be sent by SMS in this country
 */
public record Compliance(
    Period dataRetention, Map<String, String> consentTexts, boolean smsAllowed) {

  public Compliance {
    Objects.requireNonNull(dataRetention, "dataRetention");
    consentTexts = Collections.unmodifiableSortedMap(new TreeMap<>(consentTexts));
  }

  /**
   * The consent text for a locale: an exact tag match first ({@code fr-FR}), then the language
   * alone ({@code fr}).
   */
  public Optional<String> consentText(Locale locale) {
    String exact = consentTexts.get(locale.toLanguageTag());
    if (exact != null) {
      return Optional.of(exact);
    }
    return Optional.ofNullable(consentTexts.get(locale.getLanguage()));
  }
}
