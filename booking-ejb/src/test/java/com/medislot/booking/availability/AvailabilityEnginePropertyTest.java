package com.medislot.booking.availability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the engine over random calendars, placed around daylight-saving changes in zones of
 * both hemispheres, with half-hour and 45-minute offsets too.
 */
class AvailabilityEnginePropertyTest {

  private static final List<String> ZONES =
      List.of(
          "Europe/Paris",
          "America/Santiago",
          "Australia/Sydney",
          "America/New_York",
          "Australia/Lord_Howe",
          "Asia/Kathmandu",
          "UTC");

  private static final Instant YEAR_START = Instant.parse("2025-01-01T00:00:00Z");
  private static final Instant MID_YEAR = Instant.parse("2025-07-01T00:00:00Z");

  private static final long MOTIVE = 1;

  /** One opening range as generated: weekday, quarter-hours of the day (96 = midnight), options. */
  record RangeSpec(
      DayOfWeek day, int fromQuarter, int toQuarter, int validity, int motives, int recurrence) {
    OpeningRange toRange(LocalDate base) {
      LocalTime start = LocalTime.MIN.plusMinutes(15L * fromQuarter);
      LocalTime end =
          toQuarter == 96 ? LocalTime.MIDNIGHT : LocalTime.MIN.plusMinutes(15L * toQuarter);
      OpeningRange r = OpeningRange.of(day, LocalTimeRange.of(start, end));
      // validity 0: always; 1: from base+3; 2: until base+3
      if (validity == 1) {
        r = r.withValidFrom(base.plusDays(3));
      } else if (validity == 2) {
        r = r.withValidUntil(base.plusDays(3));
      }
      // motives 0: all; 1: this motive among others; 2: another motive only
      if (motives == 1) {
        r = r.withMotiveIds(Set.of(MOTIVE, 2L));
      } else if (motives == 2) {
        r = r.withMotiveIds(Set.of(2L));
      }
      // recurrence 0: every week; 1: every 2 weeks from the base week; 2: from the week after
      if (recurrence > 0) {
        r = r.every(2, base.plusWeeks(recurrence - 1));
      }
      return r;
    }
  }

  /** An interval relative to the window start, in minutes. */
  record Span(
      int offsetMinutes, int lengthMinutes, int beforeMinutes, int afterMinutes, int kind) {}

  /** Everything random about one query; kept as plain numbers so that shrunk failures read well. */
  record Spec(
      String zone,
      LocalDate base,
      List<RangeSpec> ranges,
      int durationMinutes,
      int bufferBefore,
      int bufferAfter,
      int noticeMinutes,
      int horizonDays,
      int intervalMinutes,
      int windowOffsetMinutes,
      int windowLengthMinutes,
      int nowOffsetMinutes,
      List<Span> busy,
      List<Span> exceptions,
      List<Integer> holidayOffsets) {

    ZoneId zoneId() {
      return ZoneId.of(zone);
    }

    Instant windowStart() {
      return base.atStartOfDay(zoneId()).toInstant().plus(Duration.ofMinutes(windowOffsetMinutes));
    }

    AvailabilityQuery query() {
      ZoneId z = zoneId();
      Instant ws = windowStart();
      BookingRules rules =
          BookingRules.of(Duration.ofMinutes(noticeMinutes), Period.ofDays(horizonDays));
      if (intervalMinutes > 0) {
        rules = rules.withSlotInterval(Duration.ofMinutes(intervalMinutes));
      }
      List<Busy> busyRanges =
          busy.stream()
              .map(
                  s ->
                      Busy.of(
                          TimeRange.of(
                              ws.plus(Duration.ofMinutes(s.offsetMinutes())),
                              Duration.ofMinutes(s.lengthMinutes())),
                          Duration.ofMinutes(s.beforeMinutes()),
                          Duration.ofMinutes(s.afterMinutes())))
              .toList();
      List<CalendarException> calendarExceptions =
          exceptions.stream()
              .map(
                  s ->
                      CalendarException.of(
                          CalendarException.Kind.values()[s.kind()],
                          TimeRange.of(
                              ws.plus(Duration.ofMinutes(s.offsetMinutes())),
                              Duration.ofMinutes(s.lengthMinutes()))))
              .toList();
      LocalDate firstDate = ws.atZone(z).toLocalDate();
      return AvailabilityQuery.builder()
          .zone(z)
          .template(WeeklyTemplate.of(template()))
          .motive(
              VisitMotiveRule.of(
                  MOTIVE,
                  Duration.ofMinutes(durationMinutes),
                  Duration.ofMinutes(bufferBefore),
                  Duration.ofMinutes(bufferAfter)))
          .rules(rules)
          .exceptions(calendarExceptions)
          .holidays(holidayOffsets.stream().map(firstDate::plusDays).toList())
          .busy(busyRanges)
          .window(TimeRange.of(ws, Duration.ofMinutes(windowLengthMinutes)))
          .now(ws.plus(Duration.ofMinutes(nowOffsetMinutes)))
          .build();
    }

    /** Keeps the generated ranges that do not overlap one already kept, as staff input must. */
    List<OpeningRange> template() {
      List<OpeningRange> kept = new ArrayList<>();
      for (RangeSpec spec : ranges) {
        OpeningRange r = spec.toRange(base);
        if (kept.stream().noneMatch(r::conflictsWith)) {
          kept.add(r);
        }
      }
      return kept;
    }
  }

  /**
   * Uniform rather than jqwik's default bias towards small numbers, which would mostly give tiny
   * windows.
   */
  private static Arbitrary<Integer> uniform(int min, int max) {
    return Arbitraries.integers()
        .between(min, max)
        .withDistribution(RandomDistribution.uniform())
        .withoutEdgeCases();
  }

  /** Mostly 0 (no restriction), sometimes 1 or 2. */
  private static Arbitrary<Integer> mostlyZero() {
    return Arbitraries.frequency(Tuple.of(6, 0), Tuple.of(2, 1), Tuple.of(2, 2));
  }

  @Provide
  Arbitrary<Spec> specs() {
    Arbitrary<RangeSpec> range =
        Combinators.combine(
                Arbitraries.of(DayOfWeek.values()),
                uniform(0, 95),
                uniform(1, 40),
                mostlyZero(),
                mostlyZero(),
                mostlyZero())
            .as(
                (day, from, length, validity, motives, recurrence) ->
                    new RangeSpec(
                        day, from, Math.min(96, from + length), validity, motives, recurrence));
    Arbitrary<Span> busySpan =
        Combinators.combine(
                uniform(-1440, 12960),
                Arbitraries.integers().between(5, 240),
                Arbitraries.integers().between(0, 30),
                Arbitraries.integers().between(0, 30))
            .as((offset, length, before, after) -> new Span(offset, length, before, after, 0));
    Arbitrary<Span> exceptionSpan =
        Combinators.combine(
                uniform(-1440, 12960),
                Arbitraries.integers().between(15, 720),
                Arbitraries.integers().between(0, CalendarException.Kind.values().length - 1))
            .as((offset, length, kind) -> new Span(offset, length, 0, 0, kind));

    Arbitrary<Object[]> calendar =
        Combinators.combine(
                Arbitraries.of(ZONES),
                Arbitraries.integers()
                    .between(0, 2)
                    .flatMap(
                        season ->
                            Arbitraries.integers()
                                .between(0, 3)
                                .map(daysBefore -> new int[] {season, daysBefore})),
                range.list().ofMaxSize(24),
                busySpan.list().ofMaxSize(40),
                exceptionSpan.list().ofMaxSize(5),
                Arbitraries.integers().between(0, 9).list().ofMaxSize(3))
            .as(
                (zone, season, ranges, busy, exceptions, holidays) ->
                    new Object[] {
                      zone, baseDate(zone, season[0], season[1]), ranges, busy, exceptions, holidays
                    });
    Arbitrary<int[]> motiveAndRules =
        Combinators.combine(
                Arbitraries.integers().between(2, 48).map(i -> i * 5),
                Arbitraries.integers().between(0, 45),
                Arbitraries.integers().between(0, 45),
                Arbitraries.oneOf(Arbitraries.just(0), uniform(0, 1440)),
                Arbitraries.integers().between(1, 30),
                Arbitraries.oneOf(
                    Arbitraries.just(0), Arbitraries.integers().between(1, 36).map(i -> i * 5)))
            .as(
                (duration, before, after, notice, horizon, interval) ->
                    new int[] {duration, before, after, notice, horizon, interval});
    Arbitrary<int[]> window =
        Combinators.combine(uniform(0, 2880), uniform(0, 11520), uniform(-4320, 1440))
            .as((offset, length, now) -> new int[] {offset, length, now});

    return Combinators.combine(calendar, motiveAndRules, window)
        .as(AvailabilityEnginePropertyTest::spec);
  }

  /**
   * A date a few days before the zone's first (season 0) or second (season 1) change of 2025, or an
   * ordinary date (season 2, and zones without daylight saving).
   */
  private static LocalDate baseDate(String zone, int season, int daysBefore) {
    ZoneId z = ZoneId.of(zone);
    java.time.zone.ZoneOffsetTransition t =
        season == 2 ? null : z.getRules().nextTransition(season == 0 ? YEAR_START : MID_YEAR);
    LocalDate date = t == null ? LocalDate.of(2025, 6, 12) : t.getInstant().atZone(z).toLocalDate();
    return date.minusDays(daysBefore);
  }

  @SuppressWarnings("unchecked")
  private static Spec spec(Object[] c, int[] m, int[] w) {
    return new Spec(
        (String) c[0],
        (LocalDate) c[1],
        (List<RangeSpec>) c[2],
        m[0],
        m[1],
        m[2],
        m[3],
        m[4],
        m[5],
        w[0],
        w[1],
        w[2],
        (List<Span>) c[3],
        (List<Span>) c[4],
        (List<Integer>) c[5]);
  }

  @Property(tries = 400)
  void noSlotWithItsBuffersTouchesBusyTimeOrAClosingException(@ForAll("specs") Spec spec) {
    AvailabilityQuery q = spec.query();
    List<TimeRange> closed = new ArrayList<>();
    q.busy().forEach(b -> closed.add(b.range()));
    q.exceptions().stream().filter(CalendarException::closes).forEach(e -> closed.add(e.range()));

    for (Slot slot : AvailabilityEngine.freeSlots(q)) {
      TimeRange widened =
          slot.range().extendedBy(q.motive().bufferBefore(), q.motive().bufferAfter());
      assertThat(closed).noneMatch(widened::overlaps);
    }
  }

  @Property(tries = 400)
  void everySlotLiesInTemplateHoursOrAnExtraOpening(@ForAll("specs") Spec spec) {
    AvailabilityQuery q = spec.query();
    List<TimeRange> openings = openingsByDefinition(q);

    for (Slot slot : AvailabilityEngine.freeSlots(q)) {
      assertThat(isCovered(slot.range(), openings)).as("%s in %s", slot, openings).isTrue();
    }
  }

  @Property(tries = 400)
  void slotsRespectNoticeHorizonWindowAndLength(@ForAll("specs") Spec spec) {
    AvailabilityQuery q = spec.query();
    Instant earliest = q.now().plus(q.rules().minimumNotice());
    Instant horizon = q.now().atZone(q.zone()).plusDays(spec.horizonDays()).toInstant();

    assertThat(AvailabilityEngine.freeSlots(q))
        .allSatisfy(
            slot -> {
              assertThat(slot.start()).isAfterOrEqualTo(earliest).isBefore(horizon);
              assertThat(q.window().encloses(slot.range())).isTrue();
              assertThat(slot.duration()).isEqualTo(q.motive().duration());
            });
  }

  @Property(tries = 400)
  void slotsAreSortedUniqueAndDisjointWhenTheIntervalCoversTheDuration(@ForAll("specs") Spec spec) {
    AvailabilityQuery q = spec.query();
    List<Slot> slots = AvailabilityEngine.freeSlots(q);
    boolean disjointExpected =
        q.rules().slotInterval().map(i -> i.compareTo(q.motive().duration()) >= 0).orElse(true);

    for (int i = 1; i < slots.size(); i++) {
      Slot previous = slots.get(i - 1);
      Slot current = slots.get(i);
      assertThat(current.start()).isAfter(previous.start());
      if (disjointExpected) {
        assertThat(current.range().overlaps(previous.range()))
            .as("%s and %s", previous, current)
            .isFalse();
      }
    }
  }

  @Property(tries = 200)
  void resultDoesNotDependOnTheDefaultTimeZone(
      @ForAll("specs") Spec spec, @ForAll("defaultZones") String defaultZone) {
    AvailabilityQuery q = spec.query();
    TimeZone original = TimeZone.getDefault();
    List<Slot> reference;
    List<Slot> other;
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
      reference = AvailabilityEngine.freeSlots(q);
      TimeZone.setDefault(TimeZone.getTimeZone(defaultZone));
      other = AvailabilityEngine.freeSlots(q);
    } finally {
      TimeZone.setDefault(original);
    }
    assertThat(other).isEqualTo(reference);
  }

  @Provide
  Arbitrary<String> defaultZones() {
    return Arbitraries.of(
        "Pacific/Kiritimati",
        "Pacific/Pago_Pago",
        "Asia/Kolkata",
        "America/St_Johns",
        "Europe/London",
        "Australia/Lord_Howe",
        "America/Santiago");
  }

  @Property(tries = 300)
  void aNarrowerWindowGivesExactlyTheSlotsInsideIt(
      @ForAll("specs") Spec spec,
      @ForAll @IntRange(min = 0, max = 1000) int from,
      @ForAll @IntRange(min = 0, max = 1000) int to) {
    AvailabilityQuery q = spec.query();
    long seconds = q.window().duration().getSeconds();
    Instant a = q.window().start().plusSeconds(seconds * Math.min(from, to) / 1000);
    Instant b = q.window().start().plusSeconds(seconds * Math.max(from, to) / 1000);
    TimeRange narrow = TimeRange.of(a, b);

    List<Slot> expected =
        AvailabilityEngine.freeSlots(q).stream().filter(s -> narrow.encloses(s.range())).toList();
    assertThat(AvailabilityEngine.freeSlots(q.withWindow(narrow))).isEqualTo(expected);
  }

  @Property(tries = 200)
  void isBookableAgreesWithFreeSlots(
      @ForAll("specs") Spec spec, @ForAll @IntRange(min = -120, max = 120) int shiftMinutes) {
    AvailabilityQuery q = spec.query();
    List<Slot> slots = AvailabilityEngine.freeSlots(q);
    Set<Instant> starts = new HashSet<>();
    slots.forEach(s -> starts.add(s.start()));

    for (Slot slot : slots) {
      assertThat(AvailabilityEngine.isBookable(q, slot.start())).as("%s", slot).isTrue();
      Instant shifted = slot.start().plus(Duration.ofMinutes(shiftMinutes));
      assertThat(AvailabilityEngine.isBookable(q, shifted))
          .as("%s", shifted)
          .isEqualTo(starts.contains(shifted));
    }
  }

  /**
   * The opening instants as the documentation defines them: for each local date, the template
   * ranges valid that date for the motive, unless it is a holiday; plus every extra opening.
   */
  private static List<TimeRange> openingsByDefinition(AvailabilityQuery q) {
    List<TimeRange> openings = new ArrayList<>();
    LocalDate first = q.window().start().atZone(q.zone()).toLocalDate().minusDays(1);
    LocalDate last = q.window().end().atZone(q.zone()).toLocalDate();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      if (q.holidays().contains(d)) {
        continue;
      }
      for (OpeningRange r : q.template().ranges()) {
        if (r.appliesOn(d) && r.allows(q.motive().motiveId())) {
          openings.add(instantsOf(r.hours(), d, q.zone()));
        }
      }
    }
    q.exceptions().stream()
        .filter(e -> e.kind() == CalendarException.Kind.EXTRA_OPENING)
        .forEach(e -> openings.add(e.range()));
    return openings;
  }

  /**
   * The documented daylight-saving rule, restated with ZonedDateTime rather than the engine's code.
   */
  private static TimeRange instantsOf(LocalTimeRange hours, LocalDate date, ZoneId zone) {
    Instant start = ZonedDateTime.ofLocal(date.atTime(hours.start()), zone, null).toInstant();
    Instant end =
        hours.endsAtMidnight()
            ? date.plusDays(1).atStartOfDay(zone).toInstant()
            : ZonedDateTime.ofLocal(date.atTime(hours.end()), zone, null)
                .withLaterOffsetAtOverlap()
                .toInstant();
    return end.isBefore(start) ? TimeRange.of(start, start) : TimeRange.of(start, end);
  }

  /** Returns true if every instant of the range is in at least one of the openings. */
  private static boolean isCovered(TimeRange range, List<TimeRange> openings) {
    Instant t = range.start();
    while (t.isBefore(range.end())) {
      Instant at = t;
      Optional<Instant> reach =
          openings.stream()
              .filter(o -> o.contains(at))
              .map(TimeRange::end)
              .max(Comparator.naturalOrder());
      if (reach.isEmpty()) {
        return false;
      }
      t = reach.get();
    }
    return true;
  }
}
