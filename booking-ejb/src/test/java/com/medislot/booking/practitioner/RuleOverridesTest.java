package com.medislot.booking.practitioner;

import static org.assertj.core.api.Assertions.assertThat;

import com.medislot.booking.availability.BookingRules;
import java.time.Duration;
import java.time.Period;
import org.junit.jupiter.api.Test;

class RuleOverridesTest {

  private static final Duration COUNTRY_NOTICE = Duration.ofHours(2);
  private static final Period COUNTRY_HORIZON = Period.ofDays(90);

  @Test
  void noOverridesKeepTheCountrysRules() {
    assertThat(RuleOverrides.NONE.applyTo(COUNTRY_NOTICE, COUNTRY_HORIZON))
        .isEqualTo(BookingRules.of(COUNTRY_NOTICE, COUNTRY_HORIZON));
    assertThat(RuleOverrides.of(null, null, null)).isEqualTo(RuleOverrides.NONE);
  }

  @Test
  void eachOverrideReplacesOnlyItsOwnRule() {
    assertThat(RuleOverrides.of(0, null, null).applyTo(COUNTRY_NOTICE, COUNTRY_HORIZON))
        .isEqualTo(BookingRules.of(Duration.ZERO, COUNTRY_HORIZON));
    assertThat(RuleOverrides.of(null, 30, null).applyTo(COUNTRY_NOTICE, COUNTRY_HORIZON))
        .isEqualTo(BookingRules.of(COUNTRY_NOTICE, Period.ofDays(30)));
    assertThat(RuleOverrides.of(null, null, 15).applyTo(COUNTRY_NOTICE, COUNTRY_HORIZON))
        .isEqualTo(
            BookingRules.of(COUNTRY_NOTICE, COUNTRY_HORIZON)
                .withSlotInterval(Duration.ofMinutes(15)));
  }
}
