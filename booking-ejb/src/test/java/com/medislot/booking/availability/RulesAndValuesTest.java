package com.medislot.booking.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RulesAndValuesTest {

  private static final Instant T0 = Instant.parse("2025-03-31T07:00:00Z");

  @ParameterizedTest(name = "duration {0}, before {1}, after {2}: valid {3}")
  @CsvSource(
      nullValues = "-",
      textBlock =
          """
            PT30M,  PT0S,  PT0S,   true,  -
            PT24H,  PT24H, PT24H,  true,  -
            PT1S,   PT0S,  PT0S,   true,  -
            PT0S,   PT0S,  PT0S,   false, duration
            PT-5M,  PT0S,  PT0S,   false, duration
            PT24H1S, PT0S, PT0S,   false, duration
            PT48H,  PT0S,  PT0S,   false, duration
            PT30M,  PT-1S, PT0S,   false, bufferBefore
            PT30M,  PT0S,  PT-1S,  false, bufferAfter
            PT30M,  PT25H, PT0S,   false, bufferBefore
            """)
  void visitMotiveDurationAndBuffersAreBounded(
      Duration duration, Duration before, Duration after, boolean valid, String field) {
    if (valid) {
      VisitMotiveRule rule = VisitMotiveRule.of(7, duration, before, after);
      assertThat(rule.duration()).isEqualTo(duration);
      assertThat(rule.bufferBefore()).isEqualTo(before);
      assertThat(rule.bufferAfter()).isEqualTo(after);
    } else {
      assertThatThrownBy(() -> VisitMotiveRule.of(7, duration, before, after))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(field + " must be");
    }
  }

  @ParameterizedTest(name = "notice {0}, horizon {1}: valid {2}")
  @CsvSource(
      textBlock =
          """
            PT2H,  P90D,     true
            PT0S,  P1D,      true
            PT0S,  P3M,      true
            PT-1S, P90D,     false
            PT2H,  P0D,      false
            PT2H,  P-1D,     false
            PT2H,  P1M-1D,   false
            """)
  void bookingRulesRejectNegativeNoticeAndNonPositiveHorizon(
      Duration notice, Period horizon, boolean valid) {
    if (valid) {
      assertThatCode(() -> BookingRules.of(notice, horizon)).doesNotThrowAnyException();
    } else {
      assertThatThrownBy(() -> BookingRules.of(notice, horizon))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @ParameterizedTest(name = "interval {0}: valid {1}")
  @CsvSource(
      textBlock =
          """
            PT15M,   true
            PT24H,   true
            PT0S,    false
            PT-15M,  false
            PT24H1S, false
            """)
  void slotIntervalIsBounded(Duration interval, boolean valid) {
    BookingRules rules = BookingRules.of(Duration.ZERO, Period.ofDays(1));
    if (valid) {
      assertThat(rules.withSlotInterval(interval).slotInterval()).contains(interval);
    } else {
      assertThatThrownBy(() -> rules.withSlotInterval(interval))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("slotInterval");
    }
  }

  @Test
  void slotIntervalDefaultsToAbsent() {
    assertThat(BookingRules.of(Duration.ZERO, Period.ofDays(1)).slotInterval()).isEmpty();
  }

  @ParameterizedTest(name = "now {0} in {1} + {2} = {3}")
  @CsvSource(
      textBlock =
          """
            2025-03-29T09:30:00Z, Europe/Paris, P1D,  2025-03-30T08:30:00Z
            2025-03-29T09:30:00Z, UTC,          P1D,  2025-03-30T09:30:00Z
            2025-10-25T09:30:00Z, Europe/Paris, P1D,  2025-10-26T10:30:00Z
            2025-01-31T09:30:00Z, Europe/Paris, P1M,  2025-02-28T09:30:00Z
            """)
  void horizonIsCalendarTimeOnTheLocationsWallClock(
      Instant now, ZoneId zone, Period horizon, Instant expected) {
    assertThat(BookingRules.of(Duration.ZERO, horizon).horizonEnd(now, zone)).isEqualTo(expected);
  }

  @Test
  void calendarExceptionNeedsANonEmptyRange() {
    assertThatThrownBy(
            () -> CalendarException.of(CalendarException.Kind.BLOCK, TimeRange.of(T0, T0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("range");
    assertThat(CalendarException.Kind.EXTRA_OPENING.closes()).isFalse();
    assertThat(
            List.of(
                CalendarException.Kind.ABSENCE,
                CalendarException.Kind.CLOSURE,
                CalendarException.Kind.BLOCK))
        .allMatch(CalendarException.Kind::closes);
  }

  @Test
  void busyIncludesTheAppointmentsBuffers() {
    TimeRange appointment = TimeRange.of(T0, Duration.ofMinutes(30));
    Busy busy = Busy.of(appointment, Duration.ofMinutes(10), Duration.ofMinutes(5));
    assertThat(busy.range()).isEqualTo(TimeRange.of(T0.minusSeconds(600), T0.plusSeconds(35 * 60)));
    assertThat(Busy.of(appointment).range()).isEqualTo(appointment);
    assertThatThrownBy(() -> Busy.of(appointment, Duration.ofMinutes(-1), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void slotMustHaveAPositiveLengthAndOrdersByStart() {
    assertThatThrownBy(() -> Slot.of(T0, T0)).isInstanceOf(IllegalArgumentException.class);
    Slot early = Slot.of(T0, T0.plusSeconds(1800));
    Slot late = Slot.of(T0.plusSeconds(900), T0.plusSeconds(2700));
    assertThat(early).isLessThan(late);
    assertThat(early.duration()).isEqualTo(Duration.ofMinutes(30));
    assertThat(early.range()).isEqualTo(TimeRange.of(T0, Duration.ofMinutes(30)));
  }

  @Test
  void queryNamesTheMissingRequiredValue() {
    AvailabilityQuery.Builder builder =
        AvailabilityQuery.builder()
            .zone(ZoneId.of("Europe/Paris"))
            .template(WeeklyTemplate.of())
            .motive(VisitMotiveRule.of(1, Duration.ofMinutes(30)))
            .rules(BookingRules.of(Duration.ZERO, Period.ofDays(1)))
            .window(TimeRange.of(T0, Duration.ofDays(1)));
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("now is required");
    AvailabilityQuery query = builder.now(T0).build();
    assertThat(query.exceptions()).isEmpty();
    assertThat(query.holidays()).isEmpty();
    assertThat(query.busy()).isEmpty();
    assertThat(query.toBuilder().build()).isEqualTo(query);
    assertThat(query.withWindow(TimeRange.of(T0, T0)).window().isEmpty()).isTrue();
  }
}
