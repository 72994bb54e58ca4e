package com.medislot.booking.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

  @ParameterizedTest(name = "{0} in {1} → {2}")
  @CsvSource({
    "'06 12 34 56 78', FR, +33612345678",
    "'+33 6 12 34 56 78', FR, +33612345678",
    "'+33 (0)6 12 34 56 78', DE, +33612345678",
    "'0033612345678', FR, +33612345678",
    "'01.42.34.56.78', FR, +33142345678",
    "'030 1234567', DE, +49301234567",
    "'+39 06 1234 5678', FR, +390612345678",
    "'612 34 56 78', ES, +34612345678",
    "'06-12345678', NL, +31612345678",
    "'+33612345678', fr, +33612345678"
  })
  void validNumbersBecomeE164(String raw, String region, String e164) {
    assertThat(PhoneNumbers.toE164(raw, region)).contains(e164);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "   ", "12", "+33 1", "06 12 34 56", "+999 123456789", "not a number", "+"})
  void invalidNumbersAreRefused(String raw) {
    assertThat(PhoneNumbers.toE164(raw, "FR")).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void nullIsRefused() {
    assertThat(PhoneNumbers.toE164(null, "FR")).isEmpty();
  }
}
