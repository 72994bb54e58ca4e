package com.medislot.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HolidaysTest {

  private static final CountryDefinition FRANCE = CountryFiles.bundled("FR");

  @Test
  void france2026HasExactlyTheElevenNationalHolidays() {
    assertThat(FRANCE.holidays(2026).keySet())
        .containsExactly(
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 4, 6), // Easter Monday
            LocalDate.of(2026, 5, 1),
            LocalDate.of(2026, 5, 8),
            LocalDate.of(2026, 5, 14), // Ascension
            LocalDate.of(2026, 5, 25), // Whit Monday
            LocalDate.of(2026, 7, 14),
            LocalDate.of(2026, 8, 15),
            LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 11, 11),
            LocalDate.of(2026, 12, 25));
  }

  @Test
  void franceNamesHolidaysInFrench() {
    assertThat(FRANCE.holidays(2026))
        .containsEntry(LocalDate.of(2026, 4, 6), "Lundi de Pâques")
        .containsEntry(LocalDate.of(2026, 11, 1), "Toussaint");
  }

  /** Region, a date only it observes, a national date it also observes. */
  static Stream<Arguments> regionalHolidays() {
    return Stream.of(
        Arguments.of(FRANCE, "FR-57", LocalDate.of(2026, 4, 3), 13), // Moselle: Good Friday, 26 Dec
        Arguments.of(FRANCE, "FR-67", LocalDate.of(2026, 12, 26), 13),
        Arguments.of(FRANCE, "FR-6AE", LocalDate.of(2026, 12, 26), 13), // mapped to Bas-Rhin
        Arguments.of(FRANCE, "FR-971", LocalDate.of(2026, 5, 27), 12), // Guadeloupe: abolition
        Arguments.of(FRANCE, "FR-974", LocalDate.of(2026, 12, 20), 12), // Réunion: abolition
        Arguments.of(CountryFiles.bundled("DE"), "DE-BY", LocalDate.of(2026, 1, 6), -1),
        Arguments.of(CountryFiles.bundled("ES"), "ES-CN", LocalDate.of(2026, 5, 30), -1));
  }

  @ParameterizedTest(name = "{1} observes {2}")
  @MethodSource("regionalHolidays")
  void regionsAddTheirOwnHolidaysToTheCountrys(
      CountryDefinition country, String region, LocalDate regional, int expectedCount) {
    SortedMap<LocalDate, String> national = country.holidays(2026);
    SortedMap<LocalDate, String> local = country.holidays(2026, region);

    assertThat(national).doesNotContainKey(regional);
    assertThat(local).containsKey(regional);
    assertThat(local.keySet()).containsAll(national.keySet());
    if (expectedCount >= 0) {
      assertThat(local).hasSize(expectedCount);
    }
  }

  @Test
  void aRegionWithoutOwnRulesObservesTheNationalHolidays() {
    assertThat(FRANCE.holidays(2026, "FR-75C")).isEqualTo(FRANCE.holidays(2026));
    assertThat(FRANCE.holidays(2026, "FR-13")).isEqualTo(FRANCE.holidays(2026));
  }

  @Test
  void germanyHasNineNationalHolidaysIn2026() {
    assertThat(CountryFiles.bundled("DE").holidays(2026))
        .hasSize(9)
        .containsKeys(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 10, 3));
  }

  @Test
  void netherlandsLeavesOutObservances() {
    // Good Friday is an observance in the Netherlands, not a day off
    assertThat(CountryFiles.bundled("NL").holidays(2026))
        .doesNotContainKey(LocalDate.of(2026, 4, 3))
        .containsKey(LocalDate.of(2026, 4, 27));
  }

  @Test
  void italyAddsSaintFrancisFrom2026() {
    CountryDefinition italy = CountryFiles.bundled("IT");

    assertThat(italy.holidays(2025)).doesNotContainKey(LocalDate.of(2025, 10, 4));
    assertThat(italy.holidays(2026)).containsKey(LocalDate.of(2026, 10, 4));
  }

  @ParameterizedTest
  @ValueSource(strings = {"DE-BY", "FR", "FR-", "FR-ABCD", "fr-57", "FR-5 7"})
  void rejectsRegionsThatAreNotSubdivisionsOfTheCountry(String region) {
    assertThatThrownBy(() -> FRANCE.holidays(2026, region))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an ISO 3166-2 subdivision code of FR");
  }

  @ParameterizedTest
  @ValueSource(ints = {1899, 2201, -1})
  void rejectsYearsOutOfRange(int year) {
    assertThatThrownBy(() -> FRANCE.holidays(year)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void additionsAndRemovalsApplyInTheirYearOnly() {
    CountryDefinition country =
        TemplateFile.parse("T.json", TemplateFile.TEXT).definition().orElseThrow();

    SortedMap<LocalDate, String> in2026 = country.holidays(2026);
    assertThat(in2026).containsEntry(LocalDate.of(2026, 5, 2), "Pont du 1er mai");
    assertThat(in2026).doesNotContainKey(LocalDate.of(2026, 5, 8));
    assertThat(in2026).hasSize(11);
    assertThat(country.holidays(2026, "FR-974"))
        .containsKey(LocalDate.of(2026, 5, 2))
        .doesNotContainKey(LocalDate.of(2026, 5, 8));

    SortedMap<LocalDate, String> in2027 = country.holidays(2027);
    assertThat(in2027).containsKey(LocalDate.of(2027, 5, 8));
    assertThat(in2027).doesNotContainKey(LocalDate.of(2027, 5, 2));
  }

  @Test
  void holidayMapsAreUnmodifiable() {
    assertThatThrownBy(() -> FRANCE.holidays(2026).put(LocalDate.of(2026, 1, 2), "x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
