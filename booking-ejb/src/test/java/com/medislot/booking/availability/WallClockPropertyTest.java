package com.medislot.booking.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The cached wall clock must give exactly what {@link ZonedDateTime} gives, whatever the order of
 * the questions (its cache carries over from one question to the next).
 */
class WallClockPropertyTest {

  @Provide
  Arbitrary<String> zones() {
    // Apia skipped 30 Dec 2011 entirely; Lord Howe changes by 30 minutes; Casey changed often
    return Arbitraries.of(
        "Europe/Paris",
        "America/Santiago",
        "Australia/Sydney",
        "Australia/Lord_Howe",
        "Pacific/Apia",
        "America/New_York",
        "Antarctica/Casey",
        "Asia/Kathmandu",
        "UTC",
        "Africa/Casablanca");
  }

  @Property(tries = 300)
  void agreesWithZonedDateTime(
      @ForAll("zones") String zoneName,
      @ForAll @IntRange(min = 0, max = 365 * 25) int firstDay,
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 400 * 1440) Integer> minuteOffsets) {
    ZoneId zone = ZoneId.of(zoneName);
    WallClock clock = new WallClock(zone);
    LocalDate base = LocalDate.of(2005, 1, 1).plusDays(firstDay);

    for (int offset : minuteOffsets) {
      LocalDateTime ldt = base.atStartOfDay().plusMinutes(offset);
      LocalDate date = ldt.toLocalDate();
      LocalTime time = ldt.toLocalTime();
      ZonedDateTime earlier = ZonedDateTime.ofLocal(ldt, zone, null);

      assertThat(clock.earlier(date, time)).as("earlier %s", ldt).isEqualTo(earlier.toInstant());
      assertThat(clock.later(date, time))
          .as("later %s", ldt)
          .isEqualTo(earlier.withLaterOffsetAtOverlap().toInstant());
      assertThat(clock.startOfDay(date))
          .as("start of %s", date)
          .isEqualTo(date.atStartOfDay(zone).toInstant());
      Instant instant = base.atStartOfDay(zone).toInstant().plusSeconds(60L * offset);
      assertThat(clock.dateOf(instant))
          .as("date of %s", instant)
          .isEqualTo(instant.atZone(zone).toLocalDate());
    }
  }

  @Property(tries = 50)
  void agreesAroundTheApiaSkippedDay(
      @ForAll @Size(max = 80) List<@IntRange(min = 0, max = 6 * 96) Integer> quarters) {
    ZoneId zone = ZoneId.of("Pacific/Apia");
    WallClock clock = new WallClock(zone);
    LocalDate base = LocalDate.of(2011, 12, 27);
    for (int q : quarters) {
      LocalDateTime ldt = base.atStartOfDay().plusMinutes(15L * q);
      assertThat(clock.earlier(ldt.toLocalDate(), ldt.toLocalTime()))
          .isEqualTo(ZonedDateTime.ofLocal(ldt, zone, null).toInstant());
      assertThat(clock.startOfDay(ldt.toLocalDate()))
          .isEqualTo(ldt.toLocalDate().atStartOfDay(zone).toInstant());
    }
  }
}
