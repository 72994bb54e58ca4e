package com.medislot.booking.calendar;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.medislot.booking.errors.BusinessException;
import com.medislot.booking.errors.InvalidInputException;
import com.medislot.booking.errors.RuleViolationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;

class TemplateValidationTest {

  private static final LongPredicate AT_1_AND_2 = id -> id == 1 || id == 2;
  private static final LongPredicate MOTIVES_10_AND_11 = id -> id == 10 || id == 11;
  private static final LocalDate MONDAY_5_JAN = LocalDate.of(2026, 1, 5);

  private static OpeningDraft weekly(long location, DayOfWeek day, String start, String end) {
    return OpeningDraft.weekly(
        location,
        day,
        LocalTime.parse(start),
        LocalTime.parse(end),
        Optional.empty(),
        Optional.empty());
  }

  private static OpeningDraft alternate(
      long location, String start, String end, int every, Optional<LocalDate> anchor) {
    return new OpeningDraft(
        location,
        MONDAY,
        LocalTime.parse(start),
        LocalTime.parse(end),
        Optional.empty(),
        Optional.empty(),
        every,
        anchor,
        Set.of());
  }

  private static void assertRejected(
      List<OpeningDraft> drafts, Class<? extends BusinessException> type, String field) {
    assertThatThrownBy(() -> TemplateValidation.validate(drafts, AT_1_AND_2, MOTIVES_10_AND_11))
        .isInstanceOf(type)
        .extracting(e -> ((BusinessException) e).field())
        .isEqualTo(Optional.of(field));
  }

  @Test
  void aTypicalWeekWithTwoLocationsAndAlternateWeeksIsAccepted() {
    var ranges =
        TemplateValidation.validate(
            List.of(
                weekly(1, MONDAY, "09:00", "12:00"),
                weekly(1, MONDAY, "14:00", "18:30"),
                weekly(2, MONDAY, "09:00", "12:00"),
                alternate(1, "18:30", "20:00", 2, Optional.of(MONDAY_5_JAN)),
                alternate(1, "19:00", "20:00", 2, Optional.of(MONDAY_5_JAN.plusWeeks(1)))),
            AT_1_AND_2,
            MOTIVES_10_AND_11);
    assertThat(ranges).hasSize(5);
    assertThat(ranges.get(3).everyWeeks()).isEqualTo(2);
    assertThat(ranges.get(3).anchorWeek()).contains(MONDAY_5_JAN);
  }

  @Test
  void overlappingRangesAtOneLocationNameTheLaterRange() {
    assertRejected(
        List.of(
            weekly(1, MONDAY, "09:00", "12:00"),
            weekly(1, TUESDAY, "09:00", "12:00"),
            weekly(1, MONDAY, "11:00", "13:00")),
        RuleViolationException.class,
        "ranges[2]");
  }

  @Test
  void alternateWeeksInTheSameWeeksOverlap() {
    assertRejected(
        List.of(
            alternate(1, "09:00", "12:00", 2, Optional.of(MONDAY_5_JAN)),
            alternate(1, "10:00", "11:00", 2, Optional.of(MONDAY_5_JAN.plusWeeks(2)))),
        RuleViolationException.class,
        "ranges[1]");
  }

  @Test
  void endNotAfterStartIsMalformed() {
    assertRejected(
        List.of(weekly(1, MONDAY, "09:00", "12:00"), weekly(1, TUESDAY, "12:00", "12:00")),
        InvalidInputException.class,
        "ranges[1].end");
    assertRejected(
        List.of(weekly(1, MONDAY, "12:00", "09:00")), InvalidInputException.class, "ranges[0].end");
  }

  @Test
  void validUntilBeforeValidFromIsMalformed() {
    OpeningDraft d =
        new OpeningDraft(
            1,
            MONDAY,
            LocalTime.of(9, 0),
            LocalTime.of(12, 0),
            Optional.of(LocalDate.of(2026, 6, 1)),
            Optional.of(LocalDate.of(2026, 5, 31)),
            1,
            Optional.empty(),
            Set.of());
    assertRejected(List.of(d), InvalidInputException.class, "ranges[0].validUntil");
  }

  @Test
  void recurrenceOutOfRangeOrWithoutAnchorIsMalformed() {
    assertRejected(
        List.of(alternate(1, "09:00", "12:00", 0, Optional.of(MONDAY_5_JAN))),
        InvalidInputException.class,
        "ranges[0].everyWeeks");
    assertRejected(
        List.of(alternate(1, "09:00", "12:00", 5, Optional.of(MONDAY_5_JAN))),
        InvalidInputException.class,
        "ranges[0].everyWeeks");
    assertRejected(
        List.of(alternate(1, "09:00", "12:00", 2, Optional.empty())),
        InvalidInputException.class,
        "ranges[0].anchorWeek");
  }

  @Test
  void aLocationThePractitionerDoesNotWorkAtIsRefused() {
    assertRejected(
        List.of(weekly(1, MONDAY, "09:00", "12:00"), weekly(3, MONDAY, "09:00", "12:00")),
        RuleViolationException.class,
        "ranges[1].locationId");
  }

  @Test
  void aRangeMayBeReservedToThePractitionersOwnMotivesOnly() {
    OpeningDraft reserved =
        new OpeningDraft(
            1,
            MONDAY,
            LocalTime.of(9, 0),
            LocalTime.of(12, 0),
            Optional.empty(),
            Optional.empty(),
            1,
            Optional.empty(),
            Set.of(10L));
    assertThat(TemplateValidation.validate(List.of(reserved), AT_1_AND_2, MOTIVES_10_AND_11))
        .singleElement()
        .satisfies(r -> assertThat(r.motiveIds()).containsExactly(10L));

    OpeningDraft foreign =
        new OpeningDraft(
            1,
            TUESDAY,
            LocalTime.of(9, 0),
            LocalTime.of(12, 0),
            Optional.empty(),
            Optional.empty(),
            1,
            Optional.empty(),
            Set.of(10L, 99L));
    assertRejected(List.of(reserved, foreign), RuleViolationException.class, "ranges[1].motiveIds");
  }
}
