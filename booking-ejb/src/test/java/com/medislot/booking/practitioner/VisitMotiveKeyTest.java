package com.medislot.booking.practitioner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisitMotiveKeyTest {

  @Test
  void namesMatchWithoutCaseAccentsPunctuationOrExtraSpaces() {
    assertThat(VisitMotive.key("1ère consultation"))
        .isEqualTo(VisitMotive.key("  1ERE   Consultation "))
        .isEqualTo(VisitMotive.key("1ere-consultation"))
        .isEqualTo("1ere consultation");
    assertThat(VisitMotive.key("Détartrage (adulte)")).isEqualTo("detartrage adulte");
    assertThat(VisitMotive.key("Kontrolluntersuchung")).isEqualTo("kontrolluntersuchung");
  }

  @Test
  void differentNamesStayDifferentAndPunctuationAloneIsNothing() {
    assertThat(VisitMotive.key("Consultation")).isNotEqualTo(VisitMotive.key("Consultations"));
    assertThat(VisitMotive.key("--/()")).isEmpty();
  }
}
