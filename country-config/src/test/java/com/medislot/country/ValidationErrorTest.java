package com.medislot.country;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValidationErrorTest {

  static Stream<Arguments> formats() {
    return Stream.of(
        Arguments.of(
            new ValidationError(
                "FR.json", 12, "bookingRules.minimumNotice", "not an ISO-8601 duration"),
            "FR.json:12: bookingRules.minimumNotice: not an ISO-8601 duration"),
        Arguments.of(
            new ValidationError("FR.json", 0, "", "is not UTF-8 text"),
            "FR.json: is not UTF-8 text"),
        Arguments.of(new ValidationError("FR.json", 3, "", "empty file"), "FR.json:3: empty file"));
  }

  @ParameterizedTest
  @MethodSource("formats")
  void formatsAsFileLineFieldMessage(ValidationError error, String expected) {
    assertThat(error).hasToString(expected);
  }
}
