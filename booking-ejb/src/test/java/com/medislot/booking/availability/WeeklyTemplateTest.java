package com.medislot.booking.availability;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WeeklyTemplateTest {

  private static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);
  private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);

  /** A Monday; the Monday after is {@code WEEK_A.plusWeeks(1)}. */
  private static final LocalDate WEEK_A = LocalDate.of(2026, 1, 5);

  static Stream<Arguments> conflicting() {
    return Stream.of(
        Arguments.of(
            "same hours",
            OpeningRange.of(MONDAY, "09:00-12:00"),
            OpeningRange.of(MONDAY, "09:00-12:00")),
        Arguments.of(
            "partial overlap",
            OpeningRange.of(MONDAY, "09:00-12:00"),
            OpeningRange.of(MONDAY, "11:00-13:00")),
        Arguments.of(
            "enclosed",
            OpeningRange.of(MONDAY, "09:00-18:00"),
            OpeningRange.of(MONDAY, "12:00-13:00")),
        Arguments.of(
            "both to midnight",
            OpeningRange.of(MONDAY, "18:00-00:00"),
            OpeningRange.of(MONDAY, "23:00-00:00")),
        Arguments.of(
            "whole day and any",
            OpeningRange.of(MONDAY, "00:00-00:00"),
            OpeningRange.of(MONDAY, "07:00-08:00")),
        Arguments.of(
            "validity periods meet on one day",
            OpeningRange.of(MONDAY, "09:00-12:00").withValidUntil(JUNE_30),
            OpeningRange.of(MONDAY, "10:00-11:00").withValidFrom(JUNE_30)),
        Arguments.of(
            "different motives still one practitioner",
            OpeningRange.of(MONDAY, "09:00-12:00").withMotiveIds(Set.of(1L)),
            OpeningRange.of(MONDAY, "09:00-12:00").withMotiveIds(Set.of(2L))),
        Arguments.of(
            "alternate weeks with the same parity",
            OpeningRange.of(MONDAY, "09:00-12:00").every(2, WEEK_A),
            OpeningRange.of(MONDAY, "10:00-11:00").every(2, WEEK_A.plusWeeks(4))),
        Arguments.of(
            "alternate weeks and every week",
            OpeningRange.of(MONDAY, "09:00-12:00").every(2, WEEK_A),
            OpeningRange.of(MONDAY, "10:00-11:00")),
        Arguments.of(
            "every 2 and every 3 weeks always meet",
            OpeningRange.of(MONDAY, "09:00-12:00").every(2, WEEK_A),
            OpeningRange.of(MONDAY, "10:00-11:00").every(3, WEEK_A.plusWeeks(1))),
        Arguments.of(
            "every 2 and every 4 weeks in a common week",
            OpeningRange.of(MONDAY, "09:00-12:00").every(2, WEEK_A.plusWeeks(1)),
            OpeningRange.of(MONDAY, "10:00-11:00").every(4, WEEK_A.plusWeeks(3))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("conflicting")
  void overlappingRangesOnTheSameWeekdayAreRejected(String name, OpeningRange a, OpeningRange b) {
    assertThatThrownBy(() -> WeeklyTemplate.of(a, b))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("overlapping opening ranges on MONDAY: " + a.hours() + " and " + b.hours());
  }

  static Stream<Arguments> compatible() {
    return Stream.of(
        Arguments.of(
            "morning and afternoon",
            OpeningRange.of(MONDAY, "09:00-12:00"),
            OpeningRange.of(MONDAY, "14:00-18:30")),
        Arguments.of(
            "touching",
            OpeningRange.of(MONDAY, "09:00-12:00"),
            OpeningRange.of(MONDAY, "12:00-14:00")),
        Arguments.of(
            "midnight end and next morning",
            OpeningRange.of(MONDAY, "22:00-00:00"),
            OpeningRange.of(TUESDAY, "00:00-01:00")),
        Arguments.of(
            "other weekday",
            OpeningRange.of(MONDAY, "09:00-12:00"),
            OpeningRange.of(TUESDAY, "09:00-12:00")),
        Arguments.of(
            "successive validity periods",
            OpeningRange.of(MONDAY, "09:00-12:00").withValidUntil(JUNE_30),
            OpeningRange.of(MONDAY, "08:00-12:00").withValidFrom(JULY_1)),
        Arguments.of(
            "alternate weeks, one odd one even",
            OpeningRange.of(MONDAY, "09:00-12:00").every(2, WEEK_A),
            OpeningRange.of(MONDAY, "09:00-12:00").every(2, WEEK_A.plusWeeks(1))),
        Arguments.of(
            "every 4 weeks, different weeks of the cycle",
            OpeningRange.of(MONDAY, "09:00-12:00").every(4, WEEK_A),
            OpeningRange.of(MONDAY, "09:00-12:00").every(2, WEEK_A.plusWeeks(1))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("compatible")
  void nonOverlappingRangesAreAccepted(String name, OpeningRange a, OpeningRange b) {
    assertThatCode(() -> WeeklyTemplate.of(a, b)).doesNotThrowAnyException();
  }

  @Test
  void rangesAreGroupedByWeekday() {
    OpeningRange morning = OpeningRange.of(MONDAY, "09:00-12:00");
    OpeningRange afternoon = OpeningRange.of(MONDAY, "14:00-18:00");
    OpeningRange tuesday = OpeningRange.of(TUESDAY, "09:00-12:00");
    WeeklyTemplate template = WeeklyTemplate.of(tuesday, morning, afternoon);

    assertThat(template.rangesOn(MONDAY)).containsExactly(morning, afternoon);
    assertThat(template.rangesOn(TUESDAY)).containsExactly(tuesday);
    assertThat(template.rangesOn(java.time.DayOfWeek.SUNDAY)).isEmpty();
    assertThat(template.ranges()).containsExactly(tuesday, morning, afternoon);
  }

  @Test
  void validityIsInclusiveAtBothEnds() {
    OpeningRange r =
        OpeningRange.of(MONDAY, "09:00-12:00")
            .withValidFrom(LocalDate.of(2025, 6, 2))
            .withValidUntil(LocalDate.of(2025, 6, 16));
    assertThat(r.appliesOn(LocalDate.of(2025, 5, 26))).isFalse();
    assertThat(r.appliesOn(LocalDate.of(2025, 6, 2))).isTrue();
    assertThat(r.appliesOn(LocalDate.of(2025, 6, 16))).isTrue();
    assertThat(r.appliesOn(LocalDate.of(2025, 6, 23))).isFalse();
    assertThat(r.appliesOn(LocalDate.of(2025, 6, 3))).as("a Tuesday").isFalse();
  }

  @Test
  void validUntilBeforeValidFromIsRejected() {
    assertThatThrownBy(
            () ->
                OpeningRange.of(MONDAY, "09:00-12:00")
                    .withValidFrom(JULY_1)
                    .withValidUntil(JUNE_30))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("validUntil");
  }

  @Test
  void emptyMotiveSetAllowsEveryMotive() {
    assertThat(OpeningRange.of(MONDAY, "09:00-12:00").allows(42)).isTrue();
    OpeningRange restricted = OpeningRange.of(MONDAY, "09:00-12:00").withMotiveIds(Set.of(1L, 2L));
    assertThat(restricted.allows(2)).isTrue();
    assertThat(restricted.allows(3)).isFalse();
  }

  @Test
  void alternateWeeksApplyInTheAnchorWeekAndEverySecondWeekAroundIt() {
    // anchored on a Wednesday: the week is what counts, Monday to Sunday
    OpeningRange r = OpeningRange.of(MONDAY, "09:00-12:00").every(2, WEEK_A.plusDays(2));
    assertThat(r.anchorWeek()).contains(WEEK_A);
    assertThat(r.appliesOn(WEEK_A)).isTrue();
    assertThat(r.appliesOn(WEEK_A.plusWeeks(1))).isFalse();
    assertThat(r.appliesOn(WEEK_A.plusWeeks(2))).isTrue();
    assertThat(r.appliesOn(WEEK_A.minusWeeks(1))).as("before the anchor").isFalse();
    assertThat(r.appliesOn(WEEK_A.minusWeeks(2))).as("before the anchor").isTrue();
    // across the new year (ISO week 53 of 2026 → week 1 of 2027): dates count, not week numbers
    assertThat(r.appliesOn(LocalDate.of(2026, 12, 28))).isFalse();
    assertThat(r.appliesOn(LocalDate.of(2027, 1, 4))).isTrue();
  }

  @Test
  void everyWeekDropsTheAnchorAndOutOfRangeIntervalsAreRejected() {
    OpeningRange weekly = OpeningRange.of(MONDAY, "09:00-12:00").every(1, WEEK_A);
    assertThat(weekly).isEqualTo(OpeningRange.of(MONDAY, "09:00-12:00"));
    assertThat(weekly.anchorWeek()).isEmpty();
    assertThatThrownBy(() -> OpeningRange.of(MONDAY, "09:00-12:00").every(0, WEEK_A))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OpeningRange.of(MONDAY, "09:00-12:00").every(5, WEEK_A))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * The conflict rule for recurrences against brute force: two ranges with the same hours conflict
   * exactly when some Monday of the next four years is in both.
   */
  @Test
  void recurrenceConflictsAgreeWithAWeekByWeekSearch() {
    for (int a = 1; a <= OpeningRange.MAX_EVERY_WEEKS; a++) {
      for (int b = 1; b <= OpeningRange.MAX_EVERY_WEEKS; b++) {
        for (int shiftA = 0; shiftA < 4; shiftA++) {
          for (int shiftB = 0; shiftB < 4; shiftB++) {
            OpeningRange x =
                OpeningRange.of(MONDAY, "09:00-12:00").every(a, WEEK_A.plusWeeks(shiftA));
            OpeningRange y =
                OpeningRange.of(MONDAY, "09:00-12:00").every(b, WEEK_A.plusWeeks(7 + shiftB));
            boolean meet = false;
            for (int w = 0; w < 4 * 53 && !meet; w++) {
              LocalDate monday = WEEK_A.plusWeeks(w);
              meet = x.appliesOn(monday) && y.appliesOn(monday);
            }
            assertThat(x.conflictsWith(y)).as("%s vs %s", x, y).isEqualTo(meet);
          }
        }
      }
    }
  }
}
