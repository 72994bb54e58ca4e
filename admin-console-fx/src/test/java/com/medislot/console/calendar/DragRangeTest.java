package com.medislot.console.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.medislot.console.api.ExceptionRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pointer heights on a day column to instants, without any window. */
class DragRangeTest {

  static final double HOUR = 48;
  static final int STEP = 15;

  /** Heights are given in grid hours (14.0625 = 3 px below the 14:00 line at 48 px an hour). */
  @ParameterizedTest(name = "{0} {1}: {2} → {3} is {4}–{5}")
  @CsvSource(
      textBlock =
          """
          # an ordinary day, summer time (+02:00)
          2026-10-21, Europe/Paris,   14.0625, 15.5625, 14:00, 15:30, 2026-10-21T12:00:00Z, 2026-10-21T13:30:00Z
          # dragging up selects the same range
          2026-10-21, Europe/Paris,   15.5625, 14.0625, 14:00, 15:30, 2026-10-21T12:00:00Z, 2026-10-21T13:30:00Z
          # snapping to the nearest quarter hour: 10:07 → 10:00, 10:08 → 10:15
          2026-10-21, Europe/Paris,   10.1167, 10.9,    10:00, 11:00, 2026-10-21T08:00:00Z, 2026-10-21T09:00:00Z
          2026-10-21, Europe/Paris,   10.1334, 10.9,    10:15, 11:00, 2026-10-21T08:15:00Z, 2026-10-21T09:00:00Z
          # a drag shorter than a step selects one step
          2026-10-21, Europe/Paris,   10.0,    10.05,   10:00, 10:15, 2026-10-21T08:00:00Z, 2026-10-21T08:15:00Z
          # clamped to the day: above 00:00 and below 24:00; the end is the next local midnight
          2026-10-21, Europe/Paris,   -1.0,    26.0,    00:00, 24:00, 2026-10-20T22:00:00Z, 2026-10-21T22:00:00Z
          2026-10-21, Europe/Paris,   24.0,    24.0,    23:45, 24:00, 2026-10-21T21:45:00Z, 2026-10-21T22:00:00Z
          # the 23-hour day: 01:00–04:00 lasts two hours
          2026-03-29, Europe/Paris,   1.0,     4.0,     01:00, 04:00, 2026-03-29T00:00:00Z, 2026-03-29T02:00:00Z
          # a start in the gap is the moment the clocks jump (03:00 summer time)
          2026-03-29, Europe/Paris,   2.25,    3.5,     02:15, 03:30, 2026-03-29T01:00:00Z, 2026-03-29T01:30:00Z
          # the 25-hour day: 01:00–04:00 lasts four hours
          2026-10-25, Europe/Paris,   1.0,     4.0,     01:00, 04:00, 2026-10-24T23:00:00Z, 2026-10-25T03:00:00Z
          # the repeated hour: from the first 02:00 to the second 02:30
          2026-10-25, Europe/Paris,   2.0,     2.5,     02:00, 02:30, 2026-10-25T00:00:00Z, 2026-10-25T01:30:00Z
          # the zone is the location's: Kolkata is +05:30
          2026-10-21, Asia/Kolkata,   9.0,     10.0,    09:00, 10:00, 2026-10-21T03:30:00Z, 2026-10-21T04:30:00Z
          """)
  void aDragBecomesARangeOfTheLocationsZone(
      LocalDate day,
      String zone,
      double fromHours,
      double toHours,
      String startShown,
      String endShown,
      Instant start,
      Instant end) {
    DragRange range =
        DragRange.between(day, ZoneId.of(zone), fromHours * HOUR, toHours * HOUR, HOUR, STEP);

    assertThat(clock(range.startMinute())).isEqualTo(startShown);
    assertThat(clock(range.endMinute())).isEqualTo(endShown);
    assertThat(range.start().toInstant()).isEqualTo(start);
    assertThat(range.end().toInstant()).isEqualTo(end);
    assertThat(range.start().getZone()).isEqualTo(ZoneId.of(zone));
    assertThat(range.isEmpty()).isFalse();
  }

  private static String clock(int minute) {
    return String.format("%02d:%02d", minute / 60, minute % 60);
  }

  @Test
  void aRangeInsideTheSpringGapIsEmpty() {
    DragRange range =
        DragRange.between(
            LocalDate.of(2026, 3, 29), ZoneId.of("Europe/Paris"), 2 * HOUR, 2.5 * HOUR, HOUR, STEP);

    assertThat(range.start()).isEqualTo(range.end());
    assertThat(range.isEmpty()).isTrue();
  }

  @Test
  void aFiveMinuteStepSnapsFiner() {
    DragRange range =
        DragRange.between(
            LocalDate.of(2026, 10, 21),
            ZoneId.of("Europe/Paris"),
            (10 + 7.0 / 60) * HOUR,
            (10 + 53.0 / 60) * HOUR,
            HOUR,
            5);

    assertThat(range.start().toLocalTime()).hasToString("10:05");
    assertThat(range.end().toLocalTime()).hasToString("10:55");
  }

  @Test
  void aStepThatDoesNotDivideAnHourIsRefused() {
    assertThatThrownBy(
            () ->
                DragRange.between(
                    LocalDate.of(2026, 10, 21), ZoneId.of("Europe/Paris"), 0, 10, HOUR, 7))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The dialog opened on release keeps the second 02:30 of the 25-hour day. */
  @Test
  void theExceptionDialogPrefilledWithTheRepeatedHourSendsTheDraggedInstants() {
    ZoneId paris = ZoneId.of("Europe/Paris");
    DragRange range =
        DragRange.between(LocalDate.of(2026, 10, 25), paris, 2 * HOUR, 2.5 * HOUR, HOUR, STEP);
    ExceptionEditorViewModel editor =
        new ExceptionEditorViewModel(paris, 11, "Cabinet Voltaire", LocalDate.of(2026, 10, 20));
    editor.wholeDaysProperty().set(true);

    editor.prefill(range.start(), range.end());
    editor.kindProperty().set(ExceptionEditorViewModel.Kind.EXTRA_OPENING);

    assertThat(editor.fromDateProperty().get()).isEqualTo(LocalDate.of(2026, 10, 25));
    assertThat(editor.fromTimeProperty().get()).isEqualTo("02:00");
    assertThat(editor.toTimeProperty().get()).isEqualTo("02:30");
    assertThat(editor.wholeDaysProperty().get()).isFalse();
    ExceptionRequest request = editor.request().orElseThrow();
    assertThat(request.kind()).isEqualTo("EXTRA_OPENING");
    assertThat(request.start()).isEqualTo(Instant.parse("2026-10-25T00:00:00Z"));
    assertThat(request.end()).isEqualTo(Instant.parse("2026-10-25T01:30:00Z"));
    assertThat(Duration.between(request.start(), request.end())).isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void aRangeEndingAtMidnightIsPrefilledOnTheNextDay() {
    ZoneId paris = ZoneId.of("Europe/Paris");
    DragRange range =
        DragRange.between(LocalDate.of(2026, 10, 21), paris, 23 * HOUR, 24 * HOUR, HOUR, STEP);
    ExceptionEditorViewModel editor =
        new ExceptionEditorViewModel(paris, 11, "Cabinet Voltaire", LocalDate.of(2026, 10, 21));

    editor.prefill(range.start(), range.end());

    assertThat(editor.toDateProperty().get()).isEqualTo(LocalDate.of(2026, 10, 22));
    assertThat(editor.toTimeProperty().get()).isEqualTo("00:00");
    ExceptionRequest request = editor.request().orElseThrow();
    assertThat(request.end()).isEqualTo(Instant.parse("2026-10-21T22:00:00Z"));
  }
}
