package com.medislot.console.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemTextTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "422|{\"title\":\"Unprocessable\",\"detail\":\"d\",\"errors\":[{\"field\":\"end\",\"message\":\"must be after start\"},{\"field\":\"\",\"message\":\"x\"}]}|end: must be after start; x",
        "404|{\"title\":\"Not Found\",\"detail\":\"Appointment 9 not found\"}|Appointment 9 not found",
        "409|{\"title\":\"Conflict\"}|Conflict (HTTP 409)",
        "500|<html>oops</html>|Server error (HTTP 500)",
        "503|[1,2]|Server error (HTTP 503)",
        "502|''|Server error (HTTP 502)",
      })
  void saysWhatTheServerSaid(int status, String body, String expected) {
    assertThat(ProblemText.of(status, body)).isEqualTo(expected);
  }
}
