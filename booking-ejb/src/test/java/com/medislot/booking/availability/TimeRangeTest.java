package com.medislot.booking.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeRangeTest {

  private static final Instant ORIGIN = Instant.parse("2025-01-06T00:00:00Z");

  /** Hours after a fixed origin, so the table reads as small numbers. */
  private static Instant h(int hours) {
    return ORIGIN.plus(Duration.ofHours(hours));
  }

  private static TimeRange r(int start, int end) {
    return TimeRange.of(h(start), h(end));
  }

  @ParameterizedTest(name = "{0}: [{1},{2}) vs [{3},{4})")
  @CsvSource(
      nullValues = "-",
      textBlock =
          """
            # case,                  aS, aE, bS, bE, overlaps, abuts, aEnclosesB, iS, iE
            disjoint,                 0,  1,  2,  3, false,    false, false,       -,  -
            adjacent,                 0,  1,  1,  2, false,    true,  false,       -,  -
            adjacent reversed,        1,  2,  0,  1, false,    true,  false,       -,  -
            overlapping,              0,  2,  1,  3, true,     false, false,       1,  2
            enclosed,                 0,  4,  1,  2, true,     false, true,        1,  2
            enclosing,                1,  2,  0,  4, true,     false, false,       1,  2
            identical,                0,  2,  0,  2, true,     false, true,        0,  2
            same start longer other,  0,  2,  0,  3, true,     false, false,       0,  2
            same end shorter other,   0,  3,  1,  3, true,     false, true,        1,  3
            empty inside,             0,  2,  1,  1, false,    false, true,        -,  -
            empty touching start,     0,  2,  0,  0, false,    true,  true,        -,  -
            empty touching end,       0,  2,  2,  2, false,    true,  true,        -,  -
            empty outside,            0,  2,  3,  3, false,    false, false,       -,  -
            both empty identical,     1,  1,  1,  1, false,    false, true,        -,  -
            empty in other,           1,  1,  0,  2, false,    false, false,       -,  -
            """)
  void relationsBetweenTwoRanges(
      String name,
      int aStart,
      int aEnd,
      int bStart,
      int bEnd,
      boolean overlaps,
      boolean abuts,
      boolean aEnclosesB,
      Integer iStart,
      Integer iEnd) {
    TimeRange a = r(aStart, aEnd);
    TimeRange b = r(bStart, bEnd);
    Optional<TimeRange> expected = iStart == null ? Optional.empty() : Optional.of(r(iStart, iEnd));

    assertThat(a.overlaps(b)).as("a overlaps b").isEqualTo(overlaps);
    assertThat(b.overlaps(a)).as("overlaps is symmetric").isEqualTo(overlaps);
    assertThat(a.abuts(b)).as("a abuts b").isEqualTo(abuts);
    assertThat(b.abuts(a)).as("abuts is symmetric").isEqualTo(abuts);
    assertThat(a.encloses(b)).as("a encloses b").isEqualTo(aEnclosesB);
    assertThat(a.intersection(b)).as("a intersection b").isEqualTo(expected);
    assertThat(b.intersection(a)).as("intersection is symmetric").isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{0},{1}) contains {2}: {3}")
  @CsvSource(
      textBlock =
          """
            0, 2,  0, true
            0, 2,  1, true
            0, 2,  2, false
            0, 2, -1, false
            1, 1,  1, false
            """)
  void containsIsStartInclusiveEndExclusive(int start, int end, int instant, boolean expected) {
    assertThat(r(start, end).contains(h(instant))).isEqualTo(expected);
  }

  @Test
  void emptyRangeHasZeroDuration() {
    assertThat(r(3, 3).isEmpty()).isTrue();
    assertThat(r(3, 3).duration()).isZero();
    assertThat(r(3, 5).isEmpty()).isFalse();
    assertThat(r(3, 5).duration()).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void endBeforeStartIsRejected() {
    assertThatThrownBy(() -> r(2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("end must not be before start");
  }

  @Test
  void negativeDurationIsRejected() {
    assertThatThrownBy(() -> TimeRange.of(h(0), Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duration");
  }

  @Test
  void startAndDurationGiveTheEnd() {
    assertThat(TimeRange.of(h(1), Duration.ofHours(2))).isEqualTo(r(1, 3));
  }

  @Test
  void extendedByWidensBothEndsAndRejectsNegativeBuffers() {
    TimeRange widened = r(2, 3).extendedBy(Duration.ofMinutes(10), Duration.ofMinutes(5));
    assertThat(widened.start()).isEqualTo(h(2).minus(Duration.ofMinutes(10)));
    assertThat(widened.end()).isEqualTo(h(3).plus(Duration.ofMinutes(5)));
    assertThatThrownBy(() -> r(2, 3).extendedBy(Duration.ofMinutes(-1), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equalityIsByValueAndToStringShowsHalfOpenRange() {
    assertThat(r(0, 1)).isEqualTo(r(0, 1)).hasSameHashCodeAs(r(0, 1)).isNotEqualTo(r(0, 2));
    assertThat(r(0, 1)).hasToString("[2025-01-06T00:00:00Z, 2025-01-06T01:00:00Z)");
  }
}
