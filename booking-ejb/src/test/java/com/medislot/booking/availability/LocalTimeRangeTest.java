package com.medislot.booking.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalTimeRangeTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "09:00-12:00",
        "18:00-00:00",
        "00:00-00:00",
        "00:00-01:00",
        "23:59-00:00",
        "08:15:30-08:16"
      })
  void validRangesParseAndPrintBack(String text) {
    LocalTimeRange range = LocalTimeRange.parse(text);
    assertThat(LocalTimeRange.parse(range.toString())).isEqualTo(range);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "12:00-09:00",
        "09:00-09:00",
        "09:00",
        "9-12",
        "09:00-12:00-13:00",
        "25:00-26:00",
        ""
      })
  void invalidRangesAreRejected(String text) {
    assertThatThrownBy(() -> LocalTimeRange.parse(text))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void midnightEndMeansEndOfDay() {
    LocalTimeRange evening = LocalTimeRange.parse("18:00-00:00");
    assertThat(evening.endsAtMidnight()).isTrue();
    assertThat(evening.contains(LocalTime.of(23, 59, 59))).isTrue();
    assertThat(evening.contains(LocalTime.MIDNIGHT)).isFalse();
    assertThat(evening.contains(LocalTime.of(17, 59))).isFalse();
    assertThat(LocalTimeRange.parse("00:00-00:00").contains(LocalTime.MIDNIGHT)).isTrue();
  }

  @ParameterizedTest(name = "{0} vs {1}: {2}")
  @CsvSource(
      textBlock =
          """
            09:00-12:00, 14:00-18:00, false
            09:00-12:00, 12:00-14:00, false
            09:00-12:00, 11:59-14:00, true
            09:00-12:00, 10:00-11:00, true
            09:00-12:00, 09:00-12:00, true
            18:00-00:00, 23:00-00:00, true
            18:00-00:00, 00:00-01:00, false
            00:00-00:00, 12:00-13:00, true
            """)
  void overlapsOnTheWallClock(String a, String b, boolean expected) {
    assertThat(LocalTimeRange.parse(a).overlaps(LocalTimeRange.parse(b))).isEqualTo(expected);
    assertThat(LocalTimeRange.parse(b).overlaps(LocalTimeRange.parse(a))).isEqualTo(expected);
  }

  /**
   * Instants a range covers on ordinary and daylight-saving days. Expected values worked out by
   * hand from the zones' offsets: Paris +01/+02 (gap 30 Mar 02:00, repeat 26 Oct 02:00–03:00),
   * Sydney +10/+11 (repeat 6 Apr 02:00–03:00, gap 5 Oct 02:00), Santiago -04/-03 (repeat Sat 5 Apr
   * 23:00–24:00, gap 7 Sep 00:00–01:00).
   */
  @ParameterizedTest(name = "{0}: {1} {2} {3}")
  @CsvSource(
      textBlock =
          """
            # case,                             zone,             date,       hours,       start (UTC),          end (UTC)
            plain day,                          Europe/Paris,     2025-03-31, 09:00-12:00, 2025-03-31T07:00:00Z, 2025-03-31T10:00:00Z
            spring change keeps wall clock,     Europe/Paris,     2025-03-30, 09:00-12:00, 2025-03-30T07:00:00Z, 2025-03-30T10:00:00Z
            spring range across gap lasts 2 h,  Europe/Paris,     2025-03-30, 01:00-04:00, 2025-03-30T00:00:00Z, 2025-03-30T02:00:00Z
            spring start in gap shifted 1 h,    Europe/Paris,     2025-03-30, 02:30-05:00, 2025-03-30T01:30:00Z, 2025-03-30T03:00:00Z
            spring range inside gap empty,      Europe/Paris,     2025-03-30, 02:00-03:00, 2025-03-30T01:00:00Z, 2025-03-30T01:00:00Z
            spring shift past end gives empty,  Europe/Paris,     2025-03-30, 02:45-03:15, 2025-03-30T01:45:00Z, 2025-03-30T01:45:00Z
            spring end in gap shifted 1 h,      Europe/Paris,     2025-03-30, 01:00-02:30, 2025-03-30T00:00:00Z, 2025-03-30T01:30:00Z
            autumn change keeps wall clock,     Europe/Paris,     2025-10-26, 09:00-12:00, 2025-10-26T08:00:00Z, 2025-10-26T11:00:00Z
            autumn range across repeat 4 h,     Europe/Paris,     2025-10-26, 01:00-04:00, 2025-10-25T23:00:00Z, 2025-10-26T03:00:00Z
            autumn start in repeat is earlier,  Europe/Paris,     2025-10-26, 02:30-04:00, 2025-10-26T00:30:00Z, 2025-10-26T03:00:00Z
            autumn end in repeat is later,      Europe/Paris,     2025-10-26, 01:00-02:30, 2025-10-25T23:00:00Z, 2025-10-26T01:30:00Z
            autumn range inside repeat,         Europe/Paris,     2025-10-26, 02:00-03:00, 2025-10-26T00:00:00Z, 2025-10-26T02:00:00Z
            midnight end plain day,             Europe/Paris,     2025-03-31, 22:00-00:00, 2025-03-31T20:00:00Z, 2025-03-31T22:00:00Z
            whole day on spring change 23 h,    Europe/Paris,     2025-03-30, 00:00-00:00, 2025-03-29T23:00:00Z, 2025-03-30T22:00:00Z
            whole day on autumn change 25 h,    Europe/Paris,     2025-10-26, 00:00-00:00, 2025-10-25T22:00:00Z, 2025-10-26T23:00:00Z
            Sydney spring keeps wall clock,     Australia/Sydney, 2025-10-05, 09:00-12:00, 2025-10-04T22:00:00Z, 2025-10-05T01:00:00Z
            Sydney spring across gap 2 h,       Australia/Sydney, 2025-10-05, 01:00-04:00, 2025-10-04T15:00:00Z, 2025-10-04T17:00:00Z
            Sydney autumn keeps wall clock,     Australia/Sydney, 2025-04-06, 09:00-12:00, 2025-04-05T23:00:00Z, 2025-04-06T02:00:00Z
            Sydney autumn across repeat 4 h,    Australia/Sydney, 2025-04-06, 01:00-04:00, 2025-04-05T14:00:00Z, 2025-04-05T18:00:00Z
            Santiago gap at midnight start,     America/Santiago, 2025-09-07, 00:00-03:00, 2025-09-07T04:00:00Z, 2025-09-07T06:00:00Z
            Santiago midnight end before gap,   America/Santiago, 2025-09-06, 22:00-00:00, 2025-09-07T02:00:00Z, 2025-09-07T04:00:00Z
            Santiago midnight end after repeat, America/Santiago, 2025-04-05, 22:00-00:00, 2025-04-06T01:00:00Z, 2025-04-06T04:00:00Z
            Santiago autumn keeps wall clock,   America/Santiago, 2025-04-06, 09:00-12:00, 2025-04-06T13:00:00Z, 2025-04-06T16:00:00Z
            """)
  void atDatePlacesWallClockHoursOnTheTimeLine(
      String name, String zone, LocalDate date, String hours, Instant start, Instant end) {
    TimeRange instants = LocalTimeRange.parse(hours).atDate(date, ZoneId.of(zone));
    assertThat(instants).isEqualTo(TimeRange.of(start, end));
  }

  @Test
  void autumnRangeCountsBothPassesOfTheRepeatedHour() {
    TimeRange r =
        LocalTimeRange.parse("01:00-04:00")
            .atDate(LocalDate.of(2025, 10, 26), ZoneId.of("Europe/Paris"));
    assertThat(r.duration()).isEqualTo(Duration.ofHours(4));
  }
}
