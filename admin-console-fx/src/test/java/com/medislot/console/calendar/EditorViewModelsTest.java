package com.medislot.console.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.medislot.console.api.CalendarSnapshot;
import com.medislot.console.api.CalendarSnapshot.Opening;
import com.medislot.console.api.ExceptionRequest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The dialogs' view models, without any window. */
class EditorViewModelsTest {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private static ExceptionEditorViewModel exceptionOn(LocalDate date) {
    return new ExceptionEditorViewModel(PARIS, 11, "Cabinet Voltaire", date);
  }

  @Test
  void anExceptionIsTypedInLocalTimeAndSentAsInstants() {
    ExceptionEditorViewModel editor = exceptionOn(LocalDate.of(2026, 10, 25));
    editor.kindProperty().set(ExceptionEditorViewModel.Kind.BLOCK);
    editor.fromTimeProperty().set("09:00");
    editor.toTimeProperty().set(" 10:30 ");
    editor.reasonProperty().set("  Team meeting ");

    Optional<ExceptionRequest> request = editor.request();

    assertThat(request)
        .contains(
            new ExceptionRequest(
                "BLOCK",
                Instant.parse("2026-10-25T08:00:00Z"),
                Instant.parse("2026-10-25T09:30:00Z"),
                OptionalLong.of(11),
                "Team meeting"));
    assertThat(editor.errorProperty().get()).isEmpty();
  }

  @Test
  void wholeDaysRunFromLocalMidnightToMidnightAcrossTheClockChange() {
    ExceptionEditorViewModel editor = exceptionOn(LocalDate.of(2026, 10, 24));
    editor.toDateProperty().set(LocalDate.of(2026, 10, 25));
    editor.wholeDaysProperty().set(true);
    editor.thisLocationOnlyProperty().set(false);

    ExceptionRequest request = editor.request().orElseThrow();

    assertThat(request.start()).isEqualTo(Instant.parse("2026-10-23T22:00:00Z"));
    assertThat(request.end()).isEqualTo(Instant.parse("2026-10-25T23:00:00Z"));
    assertThat(Duration.between(request.start(), request.end())).isEqualTo(Duration.ofHours(49));
    assertThat(request.locationId()).isEmpty();
    assertThat(request.kind()).isEqualTo("ABSENCE");
  }

  @Test
  void aTimeInTheSpringGapIsRefused() {
    ExceptionEditorViewModel editor = exceptionOn(LocalDate.of(2026, 3, 29));
    editor.fromTimeProperty().set("02:30");
    editor.toTimeProperty().set("04:00");

    assertThat(editor.request()).isEmpty();
    assertThat(editor.errorProperty().get())
        .isEqualTo("That time does not exist in Europe/Paris (the clocks go forward).");
  }

  @Test
  void badTimesAndBackwardsRangesAreExplained() {
    ExceptionEditorViewModel editor = exceptionOn(LocalDate.of(2026, 10, 21));
    editor.fromTimeProperty().set("9h");
    assertThat(editor.request()).isEmpty();
    assertThat(editor.errorProperty().get()).isEqualTo("Times are written HH:mm, e.g. 09:30.");

    editor.fromTimeProperty().set("11:00");
    editor.toTimeProperty().set("10:00");
    assertThat(editor.request()).isEmpty();
    assertThat(editor.errorProperty().get()).isEqualTo("The end must be after the start.");

    editor.toDateProperty().set(LocalDate.of(2026, 10, 22));
    assertThat(editor.request()).isPresent();
    assertThat(editor.errorProperty().get()).isEmpty();

    editor.reasonProperty().set("x".repeat(501));
    assertThat(editor.request()).isEmpty();
    editor.fromDateProperty().set(null);
    assertThat(editor.request()).isEmpty();
    assertThat(editor.errorProperty().get()).isEqualTo("Choose the dates.");
  }

  private static final Opening OTHER_LOCATION =
      Opening.weekly(12, DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0));
  private static final Opening ALTERNATE =
      new Opening(
          11,
          DayOfWeek.FRIDAY,
          LocalTime.of(14, 0),
          LocalTime.of(18, 0),
          Optional.of(LocalDate.of(2026, 1, 1)),
          Optional.empty(),
          2,
          Optional.of(LocalDate.of(2026, 1, 2)));
  private static final Opening MONDAY_MORNING =
      Opening.weekly(11, DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0));

  @Test
  void theTemplateEditorShowsOneLocationAndSendsTheWholeTemplateBack() {
    TemplateEditorViewModel editor =
        new TemplateEditorViewModel(List.of(ALTERNATE, OTHER_LOCATION, MONDAY_MORNING), 11);
    assertThat(editor.ranges()).containsExactly(MONDAY_MORNING, ALTERNATE);

    editor.dayProperty().set(DayOfWeek.TUESDAY);
    editor.startProperty().set("14:00");
    editor.endProperty().set("18:30");
    assertThat(editor.add()).isTrue();
    editor.remove(MONDAY_MORNING);

    assertThat(editor.result())
        .containsExactly(
            OTHER_LOCATION,
            Opening.weekly(11, DayOfWeek.TUESDAY, LocalTime.of(14, 0), LocalTime.of(18, 30)),
            ALTERNATE);
    assertThat(TemplateEditorViewModel.describe(ALTERNATE))
        .isEqualTo("Friday 14:00–18:00, every 2 weeks, from 2026-01-01");
  }

  @Test
  void theTemplateEditorRefusesOverlapsAndBadTimes() {
    TemplateEditorViewModel editor = new TemplateEditorViewModel(List.of(MONDAY_MORNING), 11);

    editor.startProperty().set("11:00");
    editor.endProperty().set("13:00");
    assertThat(editor.add()).isFalse();
    assertThat(editor.errorProperty().get()).isEqualTo("Overlaps 09:00–12:00 on Monday.");

    editor.startProperty().set("12:00");
    editor.endProperty().set("12:00");
    assertThat(editor.add()).isFalse();
    assertThat(editor.errorProperty().get()).isEqualTo("The end must be after the start.");

    editor.endProperty().set("noon");
    assertThat(editor.add()).isFalse();
    assertThat(editor.errorProperty().get()).isEqualTo("Times are written HH:mm, e.g. 14:00.");

    editor.endProperty().set("13:00");
    assertThat(editor.add()).isTrue();
    assertThat(editor.errorProperty().get()).isEmpty();
    assertThat(editor.ranges()).hasSize(2);
  }

  @Test
  void anAppointmentIsCancelledOnlyWithAReason() {
    AppointmentViewModel details =
        new AppointmentViewModel(
            new CalendarSnapshot.Appointment(
                8,
                11,
                100,
                "CONFIRMED",
                Instant.parse("2026-10-25T08:00:00Z"),
                Instant.parse("2026-10-25T08:20:00Z")),
            "Consultation",
            "Cabinet Voltaire, Paris",
            PARIS);

    assertThat(details.when()).isEqualTo("Sunday 25 October 2026, 09:00–09:20 (Europe/Paris)");
    assertThat(details.heading()).isEqualTo("Appointment 8");
    assertThat(details.canCancelProperty().get()).isFalse();
    details.reasonProperty().set("   ");
    assertThat(details.canCancelProperty().get()).isFalse();
    details.reasonProperty().set("Dr ill");
    assertThat(details.canCancelProperty().get()).isTrue();
    details.reasonProperty().set("x".repeat(501));
    assertThat(details.canCancelProperty().get()).isFalse();
  }

  @Test
  void theRefreshIntervalIsASettingWithASaneDefault() {
    assertThat(CalendarSettings.from(name -> null).refreshInterval())
        .isEqualTo(Duration.ofSeconds(15));
    assertThat(CalendarSettings.from(name -> "PT2M").refreshInterval())
        .isEqualTo(Duration.ofMinutes(2));
    assertThat(CalendarSettings.from(name -> " 30 ").refreshInterval())
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(CalendarSettings.from(name -> "0").refreshInterval())
        .isEqualTo(Duration.ofSeconds(1));
    assertThat(CalendarSettings.from(name -> "soon").refreshInterval())
        .isEqualTo(Duration.ofSeconds(15));
  }
}
