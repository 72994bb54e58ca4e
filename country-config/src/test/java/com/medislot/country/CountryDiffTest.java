package com.medislot.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CountryDiffTest {

  private static CountryDefinition template() {
    return TemplateFile.parse("FR.json", TemplateFile.TEXT).definition().orElseThrow();
  }

  private static CountryDefinition withLine(int line, String text) {
    ValidationResult result = TemplateFile.parse("FR.json", TemplateFile.withLine(line, text));
    assertThat(result.errors()).isEmpty();
    return result.definition().orElseThrow();
  }

  @Test
  void sameDefinitionHasNoChanges() {
    CountryDiff diff = CountryDiff.between(Optional.of(template()), template(), List.of(2026));
    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.isNewCountry()).isFalse();
    assertThat(diff.holidaysAdded()).isEmpty();
    assertThat(diff.holidaysRemoved()).isEmpty();
    assertThat(diff.availabilityAffected()).isFalse();
  }

  @Test
  void aChangedBookingRuleIsNamedWithBeforeAndAfter() {
    CountryDefinition changed = withLine(17, "    \"minimumNotice\": \"PT4H\",");
    CountryDiff diff = CountryDiff.between(Optional.of(template()), changed, List.of(2026));
    assertThat(diff.changes())
        .containsExactly(
            new CountryDiff.FieldChange(
                "bookingRules.minimumNotice", Optional.of("PT2H"), Optional.of("PT4H")));
    assertThat(diff.availabilityAffected()).isTrue();
  }

  @Test
  void holidayAdditionsAndRemovalsShowAsDays() {
    // the template adds 2 May 2026 and removes 8 May 2026; the new file does neither
    CountryDefinition plain =
        TemplateFile.parse(
                "FR.json",
                TemplateFile.TEXT
                    .replace("{ \"date\": \"2026-05-02\", \"name\": \"Pont du 1er mai\" }", "")
                    .replace("[\"2026-05-08\"]", "[]"))
            .definition()
            .orElseThrow();
    CountryDiff diff = CountryDiff.between(Optional.of(template()), plain, List.of(2026, 2027));
    assertThat(diff.holidaysAdded()).containsOnlyKeys(LocalDate.of(2026, 5, 8));
    assertThat(diff.holidaysRemoved())
        .containsOnlyKeys(LocalDate.of(2026, 5, 2))
        .containsValue("Pont du 1er mai");
    assertThat(diff.changes())
        .extracting(CountryDiff.FieldChange::field)
        .containsExactly("holidays.additions.2026-05-02", "holidays.removals.2026-05-08");
    assertThat(diff.availabilityAffected()).isTrue();
  }

  @Test
  void complianceChangesDoNotAffectAvailability() {
    CountryDefinition changed = withLine(25, "    \"dataRetention\": \"P10Y\",");
    CountryDiff diff = CountryDiff.between(Optional.of(template()), changed, List.of(2026));
    assertThat(diff.changes())
        .extracting(CountryDiff.FieldChange::field)
        .containsExactly("compliance.dataRetention");
    assertThat(diff.availabilityAffected()).isFalse();
  }

  @Test
  void aNewCountryListsEveryFieldAndAllItsHolidays() {
    CountryDiff diff = CountryDiff.between(Optional.empty(), template(), List.of(2026));
    assertThat(diff.isNewCountry()).isTrue();
    assertThat(diff.changes()).allSatisfy(c -> assertThat(c.before()).isEmpty());
    assertThat(diff.changes())
        .extracting(CountryDiff.FieldChange::field)
        .contains("code", "timeZones[1].zone", "compliance.consentTexts.fr", "currency");
    assertThat(diff.holidaysAdded()).containsKey(LocalDate.of(2026, 7, 14));
    assertThat(diff.availabilityAffected()).isTrue();
  }

  @Test
  void aRemovedZoneShowsAsGone() {
    CountryDefinition oneZone =
        TemplateFile.parse(
                "FR.json",
                TemplateFile.TEXT.replace(
                    ",\n    { \"zone\": \"Indian/Reunion\", \"regions\": [\"FR-974\"] }", ""))
            .definition()
            .orElseThrow();
    CountryDiff diff = CountryDiff.between(Optional.of(template()), oneZone, List.of());
    assertThat(diff.changes())
        .contains(
            new CountryDiff.FieldChange(
                "timeZones[1].zone", Optional.of("Indian/Reunion"), Optional.empty()));
  }

  @Test
  void refusesToCompareTwoCountries() {
    CountryDefinition germany = CountryFiles.bundled("DE");
    assertThatThrownBy(() -> CountryDiff.between(Optional.of(template()), germany, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void malformedFilesAreToldApartFromInvalidOnes() {
    assertThat(TemplateFile.parse("FR.json", "{ not json").isMalformed()).isTrue();
    assertThat(TemplateFile.parse("FR.json", "").isMalformed()).isTrue();
    ValidationResult wrongType =
        TemplateFile.parse("FR.json", TemplateFile.withLine(17, "    \"minimumNotice\": 7,"));
    assertThat(wrongType.isValid()).isFalse();
    assertThat(wrongType.isMalformed()).isFalse();
  }
}
