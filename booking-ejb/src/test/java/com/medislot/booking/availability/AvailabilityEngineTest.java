package com.medislot.booking.availability;

import static com.medislot.booking.availability.CalendarException.Kind.ABSENCE;
import static com.medislot.booking.availability.CalendarException.Kind.BLOCK;
import static com.medislot.booking.availability.CalendarException.Kind.CLOSURE;
import static com.medislot.booking.availability.CalendarException.Kind.EXTRA_OPENING;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table of engine cases. Each row builds a query and lists the expected slot starts as offset
 * date-times in the location's zone, worked out by hand, so that the offset shows which pass of a
 * repeated hour is meant.
 */
class AvailabilityEngineTest {

  private static final String PARIS = "Europe/Paris";
  private static final String SYDNEY = "Australia/Sydney";
  private static final String SANTIAGO = "America/Santiago";
  private static final LocalDate MON_31_MAR = LocalDate.of(2025, 3, 31);
  private static final LocalDate TUE_1_APR = LocalDate.of(2025, 4, 1);
  private static final LocalDate SUN_30_MAR = LocalDate.of(2025, 3, 30);
  private static final LocalDate SUN_26_OCT = LocalDate.of(2025, 10, 26);

  /** A row of the table: a name, the query and the expected starts. */
  record Case(String name, AvailabilityQuery query, List<String> expectedStarts) {
    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * Builds a query with quiet defaults: 60-minute motive, no notice, two-year horizon, now long
   * before.
   */
  static final class Scenario {
    private final String name;
    private final ZoneId zone;
    private final List<OpeningRange> ranges = new ArrayList<>();
    private VisitMotiveRule motive = VisitMotiveRule.of(1, Duration.ofMinutes(60));
    private BookingRules rules = BookingRules.of(Duration.ZERO, Period.ofYears(2));
    private final List<CalendarException> exceptions = new ArrayList<>();
    private final List<LocalDate> holidays = new ArrayList<>();
    private final List<Busy> busy = new ArrayList<>();
    private TimeRange window;
    private Instant now = Instant.parse("2025-01-01T00:00:00Z");

    private Scenario(String name, String zone) {
      this.name = name;
      this.zone = ZoneId.of(zone);
    }

    static Scenario of(String name, String zone) {
      return new Scenario(name, zone);
    }

    Instant local(String localDateTime) {
      return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    Scenario open(java.time.DayOfWeek day, String hours) {
      ranges.add(OpeningRange.of(day, hours));
      return this;
    }

    Scenario open(OpeningRange range) {
      ranges.add(range);
      return this;
    }

    Scenario motive(int minutes, int beforeMinutes, int afterMinutes) {
      motive =
          VisitMotiveRule.of(
              1,
              Duration.ofMinutes(minutes),
              Duration.ofMinutes(beforeMinutes),
              Duration.ofMinutes(afterMinutes));
      return this;
    }

    Scenario rules(BookingRules value) {
      rules = value;
      return this;
    }

    Scenario exception(CalendarException.Kind kind, String from, String to) {
      exceptions.add(CalendarException.of(kind, TimeRange.of(local(from), local(to))));
      return this;
    }

    Scenario holiday(LocalDate date) {
      holidays.add(date);
      return this;
    }

    Scenario busy(String from, String to, int beforeMinutes, int afterMinutes) {
      busy.add(
          Busy.of(
              TimeRange.of(local(from), local(to)),
              Duration.ofMinutes(beforeMinutes),
              Duration.ofMinutes(afterMinutes)));
      return this;
    }

    Scenario window(String from, String to) {
      window = TimeRange.of(local(from), local(to));
      return this;
    }

    Scenario days(LocalDate first, LocalDate last) {
      window =
          TimeRange.of(
              first.atStartOfDay(zone).toInstant(),
              last.plusDays(1).atStartOfDay(zone).toInstant());
      return this;
    }

    Scenario now(String localDateTime) {
      now = local(localDateTime);
      return this;
    }

    AvailabilityQuery query() {
      return AvailabilityQuery.builder()
          .zone(zone)
          .template(WeeklyTemplate.of(ranges))
          .motive(motive)
          .rules(rules)
          .exceptions(exceptions)
          .holidays(holidays)
          .busy(busy)
          .window(window)
          .now(now)
          .build();
    }

    Case expect(String... starts) {
      return new Case(name, query(), List.of(starts));
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        Scenario.of("ordinary day", PARIS)
            .open(MONDAY, "09:00-12:00")
            .days(MON_31_MAR, MON_31_MAR)
            .expect("2025-03-31T09:00+02:00", "2025-03-31T10:00+02:00", "2025-03-31T11:00+02:00"),
        Scenario.of("slot must end inside the range", PARIS)
            .open(MONDAY, "09:00-11:30")
            .days(MON_31_MAR, MON_31_MAR)
            .expect("2025-03-31T09:00+02:00", "2025-03-31T10:00+02:00"),
        Scenario.of("morning and afternoon", PARIS)
            .open(MONDAY, "09:00-11:00")
            .open(MONDAY, "14:00-16:00")
            .days(MON_31_MAR, MON_31_MAR)
            .expect(
                "2025-03-31T09:00+02:00",
                "2025-03-31T10:00+02:00",
                "2025-03-31T14:00+02:00",
                "2025-03-31T15:00+02:00"),
        Scenario.of("touching ranges keep their own grid", PARIS)
            .open(MONDAY, "09:00-10:30")
            .open(MONDAY, "10:30-12:00")
            .days(MON_31_MAR, MON_31_MAR)
            .expect("2025-03-31T09:00+02:00", "2025-03-31T10:30+02:00"),
        Scenario.of("slot interval shorter than duration offers overlapping choices", PARIS)
            .open(MONDAY, "09:00-10:00")
            .motive(30, 0, 0)
            .rules(
                BookingRules.of(Duration.ZERO, Period.ofDays(90))
                    .withSlotInterval(Duration.ofMinutes(15)))
            .days(MON_31_MAR, MON_31_MAR)
            .expect("2025-03-31T09:00+02:00", "2025-03-31T09:15+02:00", "2025-03-31T09:30+02:00"),
        Scenario.of("slot interval longer than duration leaves gaps", PARIS)
            .open(MONDAY, "09:00-12:00")
            .motive(30, 0, 0)
            .rules(
                BookingRules.of(Duration.ZERO, Period.ofDays(90))
                    .withSlotInterval(Duration.ofMinutes(45)))
            .days(MON_31_MAR, MON_31_MAR)
            .expect(
                "2025-03-31T09:00+02:00",
                "2025-03-31T09:45+02:00",
                "2025-03-31T10:30+02:00",
                "2025-03-31T11:15+02:00"),

        // midnight
        Scenario.of("range ending at midnight, next day starting at midnight", PARIS)
            .open(MONDAY, "22:00-00:00")
            .open(TUESDAY, "00:00-01:00")
            .motive(45, 0, 0)
            .days(MON_31_MAR, TUE_1_APR)
            .expect("2025-03-31T22:00+02:00", "2025-03-31T22:45+02:00", "2025-04-01T00:00+02:00"),
        Scenario.of("whole-day range", PARIS)
            .open(MONDAY, "00:00-00:00")
            .motive(360, 0, 0)
            .days(MON_31_MAR, MON_31_MAR)
            .expect(
                "2025-03-31T00:00+02:00",
                "2025-03-31T06:00+02:00",
                "2025-03-31T12:00+02:00",
                "2025-03-31T18:00+02:00"),

        // alternate weeks: Sunday 30 March 2025 is in the week of Monday 24 March
        Scenario.of("alternate weeks: the anchor week is open, across the spring change", PARIS)
            .open(OpeningRange.of(SUNDAY, "09:00-11:00").every(2, LocalDate.of(2025, 3, 24)))
            .days(LocalDate.of(2025, 3, 23), LocalDate.of(2025, 4, 6))
            .expect("2025-03-30T09:00+02:00", "2025-03-30T10:00+02:00"),
        Scenario.of("alternate weeks: odd and even weeks with different hours", PARIS)
            .open(OpeningRange.of(MONDAY, "09:00-10:00").every(2, MON_31_MAR))
            .open(OpeningRange.of(MONDAY, "14:00-15:00").every(2, MON_31_MAR.plusWeeks(1)))
            .days(MON_31_MAR.minusWeeks(1), MON_31_MAR.plusWeeks(2))
            .expect(
                "2025-03-24T14:00+01:00",
                "2025-03-31T09:00+02:00",
                "2025-04-07T14:00+02:00",
                "2025-04-14T09:00+02:00"),
        Scenario.of("every 4 weeks with a holiday in its week still closes", PARIS)
            .open(OpeningRange.of(MONDAY, "09:00-10:00").every(4, MON_31_MAR))
            .holiday(MON_31_MAR.plusWeeks(4))
            .days(MON_31_MAR, MON_31_MAR.plusWeeks(8))
            .expect("2025-03-31T09:00+02:00", "2025-05-26T09:00+02:00"),

        // daylight saving, Paris
        Scenario.of("Paris spring Sunday keeps 09:00-12:00", PARIS)
            .open(SUNDAY, "09:00-12:00")
            .days(SUN_30_MAR, SUN_30_MAR)
            .expect("2025-03-30T09:00+02:00", "2025-03-30T10:00+02:00", "2025-03-30T11:00+02:00"),
        Scenario.of("Paris spring range across the gap loses the missing hour", PARIS)
            .open(SUNDAY, "01:00-04:00")
            .days(SUN_30_MAR, SUN_30_MAR)
            .expect("2025-03-30T01:00+01:00", "2025-03-30T03:00+02:00"),
        Scenario.of("Paris spring start inside the gap is shifted one hour later", PARIS)
            .open(SUNDAY, "02:30-05:00")
            .motive(30, 0, 0)
            .days(SUN_30_MAR, SUN_30_MAR)
            .expect("2025-03-30T03:30+02:00", "2025-03-30T04:00+02:00", "2025-03-30T04:30+02:00"),
        Scenario.of("Paris spring range pushed past its end is empty", PARIS)
            .open(SUNDAY, "02:45-03:15")
            .motive(15, 0, 0)
            .days(SUN_30_MAR, SUN_30_MAR)
            .expect(),
        Scenario.of("Paris autumn Sunday keeps 09:00-12:00", PARIS)
            .open(SUNDAY, "09:00-12:00")
            .days(SUN_26_OCT, SUN_26_OCT)
            .expect("2025-10-26T09:00+01:00", "2025-10-26T10:00+01:00", "2025-10-26T11:00+01:00"),
        Scenario.of("Paris autumn range offers both passes of the repeated hour", PARIS)
            .open(SUNDAY, "01:00-04:00")
            .days(SUN_26_OCT, SUN_26_OCT)
            .expect(
                "2025-10-26T01:00+02:00",
                "2025-10-26T02:00+02:00",
                "2025-10-26T02:00+01:00",
                "2025-10-26T03:00+01:00"),
        Scenario.of("Paris autumn start in repeated hour takes the first pass", PARIS)
            .open(SUNDAY, "02:30-04:00")
            .days(SUN_26_OCT, SUN_26_OCT)
            .expect("2025-10-26T02:30+02:00", "2025-10-26T02:30+01:00"),
        Scenario.of("Paris autumn touching ranges overlap in the repeated hour and merge", PARIS)
            .open(SUNDAY, "01:00-02:30")
            .open(SUNDAY, "02:30-04:00")
            .days(SUN_26_OCT, SUN_26_OCT)
            .expect(
                "2025-10-26T01:00+02:00",
                "2025-10-26T02:00+02:00",
                "2025-10-26T02:00+01:00",
                "2025-10-26T03:00+01:00"),

        // daylight saving, southern hemisphere
        Scenario.of("Sydney spring Sunday", SYDNEY)
            .open(SUNDAY, "01:00-04:00")
            .open(SUNDAY, "09:00-12:00")
            .days(LocalDate.of(2025, 10, 5), LocalDate.of(2025, 10, 5))
            .expect(
                "2025-10-05T01:00+10:00",
                "2025-10-05T03:00+11:00",
                "2025-10-05T09:00+11:00",
                "2025-10-05T10:00+11:00",
                "2025-10-05T11:00+11:00"),
        Scenario.of("Sydney autumn Sunday", SYDNEY)
            .open(SUNDAY, "01:00-04:00")
            .open(SUNDAY, "09:00-12:00")
            .days(LocalDate.of(2025, 4, 6), LocalDate.of(2025, 4, 6))
            .expect(
                "2025-04-06T01:00+11:00",
                "2025-04-06T02:00+11:00",
                "2025-04-06T02:00+10:00",
                "2025-04-06T03:00+10:00",
                "2025-04-06T09:00+10:00",
                "2025-04-06T10:00+10:00",
                "2025-04-06T11:00+10:00"),
        Scenario.of("Santiago spring: midnight end before a midnight gap", SANTIAGO)
            .open(SATURDAY, "22:00-00:00")
            .open(SUNDAY, "00:00-03:00")
            .days(LocalDate.of(2025, 9, 6), LocalDate.of(2025, 9, 7))
            .expect(
                "2025-09-06T22:00-04:00",
                "2025-09-06T23:00-04:00",
                "2025-09-07T01:00-03:00",
                "2025-09-07T02:00-03:00"),
        Scenario.of("Santiago autumn: midnight end after the repeated hour", SANTIAGO)
            .open(SATURDAY, "22:00-00:00")
            .open(SUNDAY, "09:00-11:00")
            .days(LocalDate.of(2025, 4, 5), LocalDate.of(2025, 4, 6))
            .expect(
                "2025-04-05T22:00-03:00",
                "2025-04-05T23:00-03:00",
                "2025-04-05T23:00-04:00",
                "2025-04-06T09:00-04:00",
                "2025-04-06T10:00-04:00"),

        // holidays and exceptions
        Scenario.of("holiday closes the day", PARIS)
            .open(MONDAY, "09:00-12:00")
            .holiday(MON_31_MAR)
            .days(MON_31_MAR, MON_31_MAR)
            .expect(),
        Scenario.of("holiday closes only its own day", PARIS)
            .open(MONDAY, "09:00-10:00")
            .open(TUESDAY, "09:00-10:00")
            .holiday(MON_31_MAR)
            .days(MON_31_MAR, TUE_1_APR)
            .expect("2025-04-01T09:00+02:00"),
        Scenario.of("holiday with an extra opening", PARIS)
            .open(MONDAY, "09:00-12:00")
            .holiday(MON_31_MAR)
            .exception(EXTRA_OPENING, "2025-03-31T10:00", "2025-03-31T11:30")
            .motive(30, 0, 0)
            .days(MON_31_MAR, MON_31_MAR)
            .expect("2025-03-31T10:00+02:00", "2025-03-31T10:30+02:00", "2025-03-31T11:00+02:00"),
        Scenario.of("extra opening outside the template", PARIS)
            .open(MONDAY, "09:00-10:00")
            .exception(EXTRA_OPENING, "2025-03-30T14:00", "2025-03-30T16:00")
            .days(SUN_30_MAR, MON_31_MAR)
            .expect("2025-03-30T14:00+02:00", "2025-03-30T15:00+02:00", "2025-03-31T09:00+02:00"),
        Scenario.of("extra opening overlapping a range extends it on one grid", PARIS)
            .open(MONDAY, "09:00-12:00")
            .exception(EXTRA_OPENING, "2025-03-31T11:30", "2025-03-31T13:00")
            .days(MON_31_MAR, MON_31_MAR)
            .expect(
                "2025-03-31T09:00+02:00",
                "2025-03-31T10:00+02:00",
                "2025-03-31T11:00+02:00",
                "2025-03-31T12:00+02:00"),
        Scenario.of("extra opening equal to a range adds no duplicate", PARIS)
            .open(MONDAY, "09:00-11:00")
            .exception(EXTRA_OPENING, "2025-03-31T09:00", "2025-03-31T11:00")
            .days(MON_31_MAR, MON_31_MAR)
            .expect("2025-03-31T09:00+02:00", "2025-03-31T10:00+02:00"),
        Scenario.of("block inside an extra opening on a holiday still blocks", PARIS)
            .holiday(MON_31_MAR)
            .exception(EXTRA_OPENING, "2025-03-31T10:00", "2025-03-31T12:00")
            .exception(BLOCK, "2025-03-31T10:30", "2025-03-31T11:00")
            .motive(30, 0, 0)
            .days(MON_31_MAR, MON_31_MAR)
            .expect("2025-03-31T10:00+02:00", "2025-03-31T11:00+02:00", "2025-03-31T11:30+02:00"),
        Scenario.of("absence over the whole day", PARIS)
            .open(MONDAY, "09:00-12:00")
            .exception(ABSENCE, "2025-03-31T00:00", "2025-04-01T00:00")
            .days(MON_31_MAR, MON_31_MAR)
            .expect(),
        Scenario.of("closure of one hour", PARIS)
            .open(MONDAY, "09:00-12:00")
            .exception(CLOSURE, "2025-03-31T10:00", "2025-03-31T11:00")
            .days(MON_31_MAR, MON_31_MAR)
            .expect("2025-03-31T09:00+02:00", "2025-03-31T11:00+02:00"),
        Scenario.of("buffer reaching into a closure blocks", PARIS)
            .open(MONDAY, "09:00-12:00")
            .motive(60, 0, 15)
            .exception(CLOSURE, "2025-03-31T11:00", "2025-03-31T12:00")
            .days(MON_31_MAR, MON_31_MAR)
            .expect("2025-03-31T09:00+02:00"),
        Scenario.of("validity and motive restrictions", PARIS)
            .open(OpeningRange.of(MONDAY, "08:00-09:00").withValidUntil(SUN_30_MAR))
            .open(OpeningRange.of(MONDAY, "09:00-10:00").withValidFrom(MON_31_MAR))
            .open(OpeningRange.of(MONDAY, "10:00-11:00").withMotiveIds(Set.of(2L)))
            .open(OpeningRange.of(MONDAY, "11:00-12:00").withMotiveIds(Set.of(1L, 2L)))
            .days(MON_31_MAR, MON_31_MAR)
            .expect("2025-03-31T09:00+02:00", "2025-03-31T11:00+02:00"),

        // existing appointments
        Scenario.of("touching busy range does not block", PARIS)
            .open(MONDAY, "09:00-11:00")
            .motive(30, 0, 0)
            .busy("2025-03-31T09:30", "2025-03-31T10:00", 0, 0)
            .days(MON_31_MAR, MON_31_MAR)
            .expect("2025-03-31T09:00+02:00", "2025-03-31T10:00+02:00", "2025-03-31T10:30+02:00"),
        Scenario.of("buffers on both sides against a buffered neighbour", PARIS)
            .open(MONDAY, "09:00-12:00")
            .motive(30, 10, 5)
            .busy("2025-03-31T10:00", "2025-03-31T10:30", 10, 5)
            .days(MON_31_MAR, MON_31_MAR)
            .expect("2025-03-31T09:00+02:00", "2025-03-31T11:00+02:00", "2025-03-31T11:30+02:00"),
        Scenario.of("buffer just touching a neighbour is allowed", PARIS)
            .open(MONDAY, "09:00-12:00")
            .motive(30, 0, 10)
            .busy("2025-03-31T10:10", "2025-03-31T10:40", 0, 0)
            .days(MON_31_MAR, MON_31_MAR)
            .expect(
                "2025-03-31T09:00+02:00",
                "2025-03-31T09:30+02:00",
                "2025-03-31T11:00+02:00",
                "2025-03-31T11:30+02:00"),
        Scenario.of("buffer may reach outside the opening", PARIS)
            .open(MONDAY, "09:00-10:00")
            .motive(60, 30, 30)
            .days(MON_31_MAR, MON_31_MAR)
            .expect("2025-03-31T09:00+02:00"),

        // notice, horizon, window
        Scenario.of("minimum notice cuts the first slots", PARIS)
            .open(MONDAY, "09:00-12:00")
            .rules(BookingRules.of(Duration.ofHours(2), Period.ofDays(90)))
            .now("2025-03-31T07:15")
            .days(MON_31_MAR, MON_31_MAR)
            .expect("2025-03-31T10:00+02:00", "2025-03-31T11:00+02:00"),
        Scenario.of("slot exactly at now plus notice is kept", PARIS)
            .open(MONDAY, "09:00-12:00")
            .rules(BookingRules.of(Duration.ofHours(2), Period.ofDays(90)))
            .now("2025-03-31T07:00")
            .days(MON_31_MAR, MON_31_MAR)
            .expect("2025-03-31T09:00+02:00", "2025-03-31T10:00+02:00", "2025-03-31T11:00+02:00"),
        Scenario.of("horizon excludes starts at or after now plus one day", PARIS)
            .open(MONDAY, "09:00-12:00")
            .open(TUESDAY, "09:00-12:00")
            .rules(BookingRules.of(Duration.ZERO, Period.ofDays(1)))
            .now("2025-03-31T10:00")
            .days(MON_31_MAR, TUE_1_APR)
            .expect("2025-03-31T10:00+02:00", "2025-03-31T11:00+02:00", "2025-04-01T09:00+02:00"),
        Scenario.of(
                "horizon of one day across the spring change ends at the same wall-clock time",
                PARIS)
            .open(SATURDAY, "09:00-12:00")
            .open(SUNDAY, "09:00-12:00")
            .rules(BookingRules.of(Duration.ZERO, Period.ofDays(1)))
            .now("2025-03-29T10:30")
            .days(LocalDate.of(2025, 3, 29), SUN_30_MAR)
            .expect("2025-03-29T11:00+01:00", "2025-03-30T09:00+02:00", "2025-03-30T10:00+02:00"),
        Scenario.of("window cuts slots that start before or end after it", PARIS)
            .open(MONDAY, "09:00-12:00")
            .window("2025-03-31T09:30", "2025-03-31T11:30")
            .expect("2025-03-31T10:00+02:00"),
        Scenario.of("window ending exactly at a slot end keeps it", PARIS)
            .open(MONDAY, "09:00-12:00")
            .window("2025-03-31T09:00", "2025-03-31T11:00")
            .expect("2025-03-31T09:00+02:00", "2025-03-31T10:00+02:00"),
        Scenario.of("window does not shift the grid", PARIS)
            .open(MONDAY, "09:00-12:00")
            .window("2025-03-31T09:20", "2025-03-31T12:00")
            .expect("2025-03-31T10:00+02:00", "2025-03-31T11:00+02:00"),
        Scenario.of("empty window", PARIS)
            .open(MONDAY, "09:00-12:00")
            .window("2025-03-31T10:00", "2025-03-31T10:00")
            .expect(),
        Scenario.of("now after the window", PARIS)
            .open(MONDAY, "09:00-12:00")
            .now("2025-04-02T00:00")
            .days(MON_31_MAR, MON_31_MAR)
            .expect());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void freeSlots(Case c) {
    ZoneId zone = c.query().zone();
    List<Slot> slots = AvailabilityEngine.freeSlots(c.query());

    assertThat(slots)
        .extracting(s -> s.start().atZone(zone).toOffsetDateTime())
        .containsExactlyElementsOf(c.expectedStarts().stream().map(OffsetDateTime::parse).toList());
    assertThat(slots)
        .allSatisfy(s -> assertThat(s.duration()).isEqualTo(c.query().motive().duration()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyExpectedStartIsBookableAndItsNeighboursAreNot(Case c) {
    for (String start : c.expectedStarts()) {
      Instant s = OffsetDateTime.parse(start).toInstant();
      assertThat(AvailabilityEngine.isBookable(c.query(), s)).as(start).isTrue();
      assertThat(AvailabilityEngine.isBookable(c.query(), s.plusSeconds(60)))
          .as(start + " + 1 min")
          .isFalse();
    }
  }

  @Test
  void isBookableRefusesABusyStartAndAStartOutsideTheWindow() {
    Scenario scenario =
        Scenario.of("re-check", PARIS)
            .open(MONDAY, "09:00-12:00")
            .busy("2025-03-31T10:00", "2025-03-31T11:00", 0, 0)
            .days(MON_31_MAR, MON_31_MAR);
    AvailabilityQuery query = scenario.query();
    assertThat(AvailabilityEngine.isBookable(query, scenario.local("2025-03-31T09:00"))).isTrue();
    assertThat(AvailabilityEngine.isBookable(query, scenario.local("2025-03-31T10:00"))).isFalse();
    assertThat(AvailabilityEngine.isBookable(query, scenario.local("2025-04-01T09:00"))).isFalse();
    assertThat(AvailabilityEngine.isBookable(query, scenario.local("2025-03-31T11:30"))).isFalse();
  }

  @Test
  void resultIsUnmodifiable() {
    List<Slot> slots =
        AvailabilityEngine.freeSlots(
            Scenario.of("x", PARIS)
                .open(MONDAY, "09:00-10:00")
                .days(MON_31_MAR, MON_31_MAR)
                .query());
    assertThat(slots).hasSize(1);
    org.assertj.core.api.Assertions.assertThatThrownBy(slots::clear)
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
