package com.medislot.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.medislot.booking.errors.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CancellationReasonTest {

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\\n\\t "})
  void aMissingReasonIsRefusedNamingTheField(String raw) {
    assertThatThrownBy(() -> CancellationReason.of(raw == null ? null : raw.translateEscapes()))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).contains("reason"))
        .hasMessage("is required");
  }

  @Test
  void surroundingWhitespaceIsDropped() {
    assertThat(CancellationReason.of("  Practitioner ill \n").text()).isEqualTo("Practitioner ill");
  }

  @Test
  void lineBreaksInsideAreKept() {
    assertThat(CancellationReason.of("Practitioner ill.\nPlease book again.").text())
        .isEqualTo("Practitioner ill.\nPlease book again.");
  }

  @Test
  void fiveHundredCharactersAreTheLimit() {
    assertThat(CancellationReason.of("x".repeat(500)).text()).hasSize(500);
    assertThatThrownBy(() -> CancellationReason.of("x".repeat(501)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("must be at most 500 characters");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ill\u0000", "bell\u0007", "esc\u001b[31m"})
  void controlCharactersAreRefused(String raw) {
    assertThatThrownBy(() -> CancellationReason.of(raw))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("must not contain control characters");
  }

  @Test
  void equalTextsAreEqualReasons() {
    assertThat(CancellationReason.of(" a ")).isEqualTo(CancellationReason.of("a"));
  }
}
