package com.medislot.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AntiHoardingTest {

  private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
  private static final AntiHoarding FRANCE = new AntiHoarding(2, 1);

  private static AntiHoarding.Booking at(long practitioner, String specialty, String start) {
    Instant s = Instant.parse(start);
    return new AntiHoarding.Booking(practitioner, specialty, s, s.plus(Duration.ofMinutes(20)));
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("nothing booked", List.of(), null),
        Arguments.of(
            "one upcoming with the practitioner, another day",
            List.of(at(1, "gp", "2026-12-05T09:00:00Z")),
            null),
        Arguments.of(
            "two upcoming with the practitioner",
            List.of(at(1, "gp", "2026-12-05T09:00:00Z"), at(1, "gp", "2026-12-20T09:00:00Z")),
            AntiHoarding.MAX_UPCOMING),
        Arguments.of(
            "two with the practitioner, one already past",
            List.of(at(1, "gp", "2026-11-20T09:00:00Z"), at(1, "gp", "2026-12-20T09:00:00Z")),
            null),
        Arguments.of(
            "same specialty elsewhere, same day",
            List.of(at(7, "gp", "2026-12-10T15:00:00Z")),
            AntiHoarding.SAME_SPECIALTY),
        Arguments.of(
            "same specialty elsewhere, just under a day before",
            List.of(at(7, "gp", "2026-12-09T09:00:01Z")),
            AntiHoarding.SAME_SPECIALTY),
        Arguments.of(
            "same specialty elsewhere, exactly a day before",
            List.of(at(7, "gp", "2026-12-09T09:00:00Z")),
            null),
        Arguments.of(
            "same specialty elsewhere, exactly a day after",
            List.of(at(7, "gp", "2026-12-11T09:00:00Z")),
            null),
        Arguments.of(
            "another specialty, same hour",
            List.of(at(7, "cardiology", "2026-12-10T09:00:00Z")),
            null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void franceAllowsTwoUpcomingPerPractitionerAndOneDayBetweenSameSpecialty(
      String name, List<AntiHoarding.Booking> existing, String refusedBy) {
    AntiHoarding.Booking wanted = at(1, "gp", "2026-12-10T09:00:00Z");
    Optional<AntiHoarding.Violation> v = FRANCE.check(wanted, existing, NOW);
    if (refusedBy == null) {
      assertThat(v).as(name).isEmpty();
    } else {
      assertThat(v).as(name).get().extracting(AntiHoarding.Violation::rule).isEqualTo(refusedBy);
    }
  }

  @Test
  void zeroDaysTurnsTheSpecialtyRuleOff() {
    AntiHoarding loose = new AntiHoarding(5, 0);
    assertThat(
            loose.check(
                at(1, "gp", "2026-12-10T09:00:00Z"),
                List.of(at(7, "gp", "2026-12-10T09:20:00Z")),
                NOW))
        .isEmpty();
  }

  @Test
  void theMessageNamesTheLimit() {
    assertThat(
            FRANCE
                .check(
                    at(1, "gp", "2026-12-10T09:00:00Z"),
                    List.of(
                        at(1, "gp", "2026-12-03T09:00:00Z"), at(1, "gp", "2026-12-04T09:00:00Z")),
                    NOW)
                .orElseThrow()
                .message())
        .contains("2");
  }

  @Test
  void limitsAreValidated() {
    assertThatThrownBy(() -> new AntiHoarding(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AntiHoarding(1, -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
