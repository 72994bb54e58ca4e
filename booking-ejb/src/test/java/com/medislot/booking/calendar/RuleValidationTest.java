package com.medislot.booking.calendar;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.medislot.booking.errors.BusinessException;
import com.medislot.booking.errors.InvalidInputException;
import com.medislot.booking.practitioner.RuleOverrides;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleValidationTest {

  @ParameterizedTest
  @CsvSource({
    "-1, , , minimumNoticeMinutes",
    "43201, , , minimumNoticeMinutes",
    ", 0, , bookingHorizonDays",
    ", 731, , bookingHorizonDays",
    ", , 4, slotIntervalMinutes",
    ", , 1441, slotIntervalMinutes"
  })
  void outOfRangeValuesAreRefusedNamingTheField(
      Integer notice, Integer horizon, Integer interval, String field) {
    assertThatThrownBy(
            () -> CalendarAdministration.validateRules(RuleOverrides.of(notice, horizon, interval)))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((BusinessException) e).field())
        .isEqualTo(Optional.of(field));
  }

  @ParameterizedTest
  @CsvSource({", , ", "0, 1, 5", "43200, 730, 1440", "120, 90, 15"})
  void valuesAtTheLimitsAreAccepted(Integer notice, Integer horizon, Integer interval) {
    assertThatCode(
            () -> CalendarAdministration.validateRules(RuleOverrides.of(notice, horizon, interval)))
        .doesNotThrowAnyException();
  }
}
