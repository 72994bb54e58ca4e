package com.medislot.booking.slots;

import static org.assertj.core.api.Assertions.assertThat;

import com.medislot.booking.availability.Slot;
import com.medislot.booking.availability.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CachedSlotsTest {

  private static final Instant COMPUTED = Instant.parse("2026-12-01T06:00:00Z");
  private static final TimeRange WINDOW =
      TimeRange.of(COMPUTED, COMPUTED.plus(Duration.ofDays(28)));
  private static final List<Slot> SLOTS =
      List.of(
          slot("2026-12-01T08:00:00Z"),
          slot("2026-12-01T08:20:00Z"),
          slot("2026-12-01T09:00:00Z"),
          slot("2026-12-03T08:00:00Z"));
  private static final CachedSlots CACHED = CachedSlots.of(WINDOW, Duration.ofHours(2), SLOTS);

  private static Slot slot(String start) {
    Instant s = Instant.parse(start);
    return Slot.of(s, s.plus(Duration.ofMinutes(20)));
  }

  @Test
  void theMinimumNoticeIsReappliedAtReadTime() {
    Instant now = Instant.parse("2026-12-01T05:50:00Z");
    TimeRange day =
        TimeRange.of(Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2026-12-02T00:00:00Z"));

    assertThat(CACHED.within(day, now)).containsExactly(SLOTS.get(0), SLOTS.get(1), SLOTS.get(2));
    assertThat(CACHED.within(day, Instant.parse("2026-12-01T06:10:00Z")))
        .containsExactly(SLOTS.get(1), SLOTS.get(2));
  }

  @Test
  void onlySlotsFullyInsideTheRangeAreReturned() {
    TimeRange range =
        TimeRange.of(Instant.parse("2026-12-01T08:10:00Z"), Instant.parse("2026-12-01T09:10:00Z"));

    assertThat(CACHED.within(range, COMPUTED)).containsExactly(SLOTS.get(1));
  }

  @Test
  void aRangeStartingBeforeNowIsCoveredWhenItEndsInsideTheWindow() {
    Instant now = COMPUTED.plus(Duration.ofHours(5));
    TimeRange fromMidnight =
        TimeRange.of(Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2026-12-08T00:00:00Z"));

    assertThat(CACHED.covers(fromMidnight, now)).isTrue();
    assertThat(CACHED.covers(TimeRange.of(now, WINDOW.end().plusSeconds(1)), now)).isFalse();
  }

  @Test
  void oneLengthIsStoredWhenAllSlotsShareIt() {
    assertThat(CACHED.lengths()).containsExactly(20 * 60);
    assertThat(CACHED.startOffsets()).containsExactly(7200, 8400, 10800, 180000);
  }

  @Test
  void aSummaryMixingMotivesKeepsEachSlotsLength() {
    Instant at = Instant.parse("2026-12-01T08:00:00Z");
    List<Slot> mixed =
        List.of(
            Slot.of(at, at.plus(Duration.ofMinutes(15))),
            Slot.of(at, at.plus(Duration.ofMinutes(30))),
            Slot.of(at.plus(Duration.ofHours(1)), at.plus(Duration.ofMinutes(80))));
    CachedSlots summary = CachedSlots.of(WINDOW, Duration.ZERO, mixed);

    assertThat(summary.lengths()).containsExactly(900, 1800, 1200);
    assertThat(summary.within(WINDOW, COMPUTED)).containsExactlyElementsOf(mixed);
  }

  @Test
  void anEmptyEntryCoversItsWindowWithNoSlots() {
    CachedSlots empty = CachedSlots.of(WINDOW, Duration.ZERO, List.of());
    assertThat(empty.size()).isZero();
    assertThat(empty.within(WINDOW, COMPUTED)).isEmpty();
    assertThat(empty.covers(WINDOW, COMPUTED)).isTrue();
  }
}
