package com.medislot.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.medislot.booking.errors.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ParamsTest {

  @ParameterizedTest
  @ValueSource(strings = {"abc", "1e", "NaN", "Infinity", "91", "-90.0001", "0x10"})
  void aBadLatitudeIsRefusedNamingTheParameter(String raw) {
    assertThatThrownBy(() -> Params.requiredDouble("lat", raw, -90, 90))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).contains("lat"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  "})
  void aMissingRequiredValueIsRefused(String raw) {
    assertThatThrownBy(() -> Params.requiredDouble("lat", raw, -90, 90))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("is required");
  }

  @ParameterizedTest
  @CsvSource({"48.8566,48.8566", "-90,-90", "90,90", " 2.5 ,2.5"})
  void goodNumbersAreParsed(String raw, double expected) {
    assertThat(Params.requiredDouble("lat", raw, -90, 90)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "100.01", "x"})
  void theRadiusMustBePositiveAndBounded(String raw) {
    assertThatThrownBy(() -> Params.optionalDouble("radiusKm", raw, 10, 0, 100))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void anAbsentOptionalTakesItsDefault() {
    assertThat(Params.optionalDouble("radiusKm", null, 10, 0, 100)).isEqualTo(10);
    assertThat(Params.optionalInt("limit", "", 20, 1, 100)).isEqualTo(20);
    assertThat(Params.optionalBoolean("newPatients", null)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-3", "abc", "99999999999999999999", "1.5"})
  void identifiersArePositiveWholeNumbers(String raw) {
    assertThatThrownBy(() -> Params.id("id", raw)).isInstanceOf(InvalidInputException.class);
  }

  @ParameterizedTest
  @CsvSource({
    "2026-12-01T09:30:00+01:00,2026-12-01T08:30:00Z",
    "2026-12-01T08:30:00Z,2026-12-01T08:30:00Z",
    "2026-03-29T03:30:00+02:00,2026-03-29T01:30:00Z"
  })
  void instantsNeedAnOffset(String raw, String expected) {
    assertThat(Params.instant("start", raw)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-12-01T09:30:00", "2026-12-01", "tomorrow", "2026-13-01T09:30:00Z"})
  void instantsWithoutOffsetOrMalformedAreRefused(String raw) {
    assertThatThrownBy(() -> Params.instant("start", raw))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).contains("start"));
  }

  @Test
  void overlongValuesAreRefused() {
    assertThatThrownBy(() -> Params.optionalToken("specialty", "a".repeat(10_000), "[a-z]+"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("is too long");
  }

  @Test
  void booleansAreStrict() {
    assertThat(Params.optionalBoolean("newPatients", "TRUE")).isEqualTo(Optional.of(true));
    assertThatThrownBy(() -> Params.optionalBoolean("newPatients", "yes"))
        .isInstanceOf(InvalidInputException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1900-12-31T23:59:59Z",
        "2200-01-01T00:00:00Z",
        "2201-06-01T00:00:00Z",
        "0000-01-01T00:00:00Z",
        "+99999-01-01T00:00:00Z",
        "-999999999-01-01T00:00:00Z"
      })
  void instantsBeyondTheCalendarsYearsAreRefusedNamingTheParameter(String raw) {
    assertThatThrownBy(() -> Params.instant("start", raw))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.field()).contains("start");
              assertThat(e).hasMessage("must be between 1901-01-01 and 2199-12-31");
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"1901-01-01T00:00:00Z", "2199-12-31T23:59:59Z", "2026-03-29T02:30:00+02:00"})
  void instantsInsideTheCalendarsYearsAreRead(String raw) {
    assertThat(Params.instant("start", raw))
        .isEqualTo(java.time.OffsetDateTime.parse(raw).toInstant());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1900-12-31", "2200-01-01", "0000-05-04", "+99999-01-01"})
  void datesBeyondTheCalendarsYearsAreRefused(String raw) {
    assertThatThrownBy(() -> Params.optionalDate("availableBefore", raw))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).contains("availableBefore"));
  }

  @Test
  void aBirthDateLiesBetweenTheFirstDayAndToday() {
    LocalDate today = LocalDate.of(2026, 11, 27);
    assertThat(Params.birthDate("birthDate", LocalDate.of(1950, 2, 3), today))
        .isEqualTo(LocalDate.of(1950, 2, 3));
    assertThat(Params.birthDate("birthDate", today, today)).isEqualTo(today);
    for (LocalDate bad :
        new LocalDate[] {
          LocalDate.of(-5000, 1, 1), LocalDate.of(0, 1, 1), today.plusDays(1), null
        }) {
      assertThatThrownBy(() -> Params.birthDate("birthDate", bad, today))
          .as("%s", bad)
          .isInstanceOfSatisfying(
              InvalidInputException.class, e -> assertThat(e.field()).contains("birthDate"));
    }
  }
}
