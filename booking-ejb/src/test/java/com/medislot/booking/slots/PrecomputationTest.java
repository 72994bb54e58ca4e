package com.medislot.booking.slots;

import static org.assertj.core.api.Assertions.assertThat;

import com.medislot.booking.availability.AvailabilityQuery;
import com.medislot.booking.availability.BookingRules;
import com.medislot.booking.availability.OpeningRange;
import com.medislot.booking.availability.TimeRange;
import com.medislot.booking.availability.VisitMotiveRule;
import com.medislot.booking.availability.WeeklyTemplate;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrecomputationTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  // Monday 7 December 2026, 08:00 in Paris
  private static final Instant NOW = Instant.parse("2026-12-07T07:00:00Z");
  private static final TimeRange WINDOW = TimeRange.of(NOW, NOW.plus(Duration.ofDays(7)));

  @Test
  void theSummaryAndTheNextAvailabilityHoldOnlyTheMotivesPatientsCanBookOnline() {
    // the practice-only motive (11, 15 min) starts at 09:00 like the public one (12, 30 min);
    // on Mondays 09:00-10:00 only
    AvailabilityQuery.Builder monday = mondayNineToTen();
    AvailabilityQuery practiceOnly =
        monday
            .motive(VisitMotiveRule.of(11, Duration.ofMinutes(15), Duration.ZERO, Duration.ZERO))
            .build();
    AvailabilityQuery online =
        monday
            .motive(VisitMotiveRule.of(12, Duration.ofMinutes(30), Duration.ZERO, Duration.ZERO))
            .build();

    Precomputation computed =
        Precomputation.of(
            new BulkCalendars.LocationQueries(
                4, 40, List.of(11L, 12L), List.of(practiceOnly, online), Set.of(12L)),
            WINDOW);

    // every motive keeps its own entry, the practice-only one too (the staff book it)
    assertThat(computed.entries().get(SlotService.key(4, 40, 11)).size()).isEqualTo(4);
    assertThat(computed.entries().get(SlotService.key(4, 40, 12)).size()).isEqualTo(2);
    // the summary search results show: the online motive's 09:00 and 09:30 only
    CachedSlots summary = computed.entries().get(SlotService.summaryKey(4, 40));
    assertThat(summary.within(WINDOW, NOW))
        .extracting(s -> s.start().atZone(PARIS).toLocalTime().toString())
        .containsExactly("09:00", "09:30");
    assertThat(computed.nextAvailable()).contains(Instant.parse("2026-12-07T08:00:00Z"));
  }

  @Test
  void aPracticeWithNoOnlineMotiveHasNoNextAvailability() {
    AvailabilityQuery only =
        mondayNineToTen()
            .motive(VisitMotiveRule.of(11, Duration.ofMinutes(15), Duration.ZERO, Duration.ZERO))
            .build();

    Precomputation computed =
        Precomputation.of(
            new BulkCalendars.LocationQueries(4, 40, List.of(11L), List.of(only), Set.of()),
            WINDOW);

    assertThat(computed.nextAvailable()).isEmpty();
    assertThat(computed.entries().get(SlotService.summaryKey(4, 40)).size()).isZero();
  }

  /** Open on Mondays from 09:00 to 10:00 in Paris, no notice, nothing booked. */
  private static AvailabilityQuery.Builder mondayNineToTen() {
    return AvailabilityQuery.builder()
        .zone(PARIS)
        .template(WeeklyTemplate.of(List.of(OpeningRange.of(DayOfWeek.MONDAY, "09:00-10:00"))))
        .rules(BookingRules.of(Duration.ZERO, Period.ofDays(30)))
        .exceptions(List.of())
        .holidays(Set.of())
        .busy(List.of())
        .window(WINDOW)
        .now(NOW);
  }
}
