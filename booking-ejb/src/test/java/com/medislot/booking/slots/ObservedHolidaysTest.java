package com.medislot.booking.slots;

import static org.assertj.core.api.Assertions.assertThat;

import com.medislot.booking.availability.TimeRange;
import com.medislot.country.CountryDefinition;
import com.medislot.country.CountryFiles;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A location observes its country's holidays, plus its region's own when it has a region. */
class ObservedHolidaysTest {

  private static final CountryDefinition FRANCE = CountryFiles.bundled("FR");
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final TimeRange CHRISTMAS_2026 =
      TimeRange.of(Instant.parse("2026-12-20T00:00:00Z"), Instant.parse("2027-01-03T00:00:00Z"));

  @Test
  void alsaceAddsSaintStephensDayToTheNationalHolidays() {
    var national = CalendarReader.observedHolidays(FRANCE, Optional.empty(), PARIS, CHRISTMAS_2026);
    var alsace =
        CalendarReader.observedHolidays(FRANCE, Optional.of("FR-6AE"), PARIS, CHRISTMAS_2026);

    assertThat(national).containsKeys(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 1, 1));
    assertThat(national).doesNotContainKey(LocalDate.of(2026, 12, 26));
    assertThat(alsace.keySet()).containsAll(national.keySet());
    assertThat(alsace).containsKey(LocalDate.of(2026, 12, 26));
  }

  @Test
  void aWindowAcrossNewYearReadsBothYearsInTheLocationsZone() {
    // 31 December 23:30 UTC is already 1 January in Paris
    TimeRange newYear =
        TimeRange.of(Instant.parse("2026-12-31T23:30:00Z"), Instant.parse("2026-12-31T23:45:00Z"));
    assertThat(CalendarReader.observedHolidays(FRANCE, Optional.empty(), PARIS, newYear))
        .containsKey(LocalDate.of(2027, 1, 1));
  }

  @Test
  void aRegionWithoutItsOwnRulesObservesTheNationalHolidays() {
    assertThat(
            CalendarReader.observedHolidays(FRANCE, Optional.of("FR-75C"), PARIS, CHRISTMAS_2026))
        .isEqualTo(
            CalendarReader.observedHolidays(FRANCE, Optional.empty(), PARIS, CHRISTMAS_2026));
  }
}
