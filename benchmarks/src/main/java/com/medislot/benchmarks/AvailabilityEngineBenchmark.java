package com.medislot.benchmarks;

import com.medislot.booking.availability.AvailabilityEngine;
import com.medislot.booking.availability.AvailabilityQuery;
import com.medislot.booking.availability.BookingRules;
import com.medislot.booking.availability.Busy;
import com.medislot.booking.availability.CalendarException;
import com.medislot.booking.availability.OpeningRange;
import com.medislot.booking.availability.Slot;
import com.medislot.booking.availability.TimeRange;
import com.medislot.booking.availability.VisitMotiveRule;
import com.medislot.booking.availability.WeeklyTemplate;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One practitioner-week as the issue defines it: two locations, three motives, forty existing
 * appointments and two exceptions; one operation computes every location × motive combination (six
 * engine calls) over the week, as the slot precomputation does.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AvailabilityEngineBenchmark {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final Instant MONDAY = LocalDate.of(2026, 12, 7).atStartOfDay(PARIS).toInstant();

  private final List<AvailabilityQuery> week = new ArrayList<>();

  @Setup
  public void prepare() {
    Random random = new Random(7);
    TimeRange window = TimeRange.of(MONDAY, MONDAY.plus(Duration.ofDays(7)));
    List<VisitMotiveRule> motives =
        List.of(
            VisitMotiveRule.of(1, Duration.ofMinutes(15)),
            VisitMotiveRule.of(2, Duration.ofMinutes(20), Duration.ZERO, Duration.ofMinutes(5)),
            VisitMotiveRule.of(
                3, Duration.ofMinutes(30), Duration.ofMinutes(5), Duration.ofMinutes(10)));
    List<WeeklyTemplate> locations = List.of(template(true), template(false));
    List<Busy> busy = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      int day = i % 5;
      int quarter = random.nextInt(30);
      Instant start =
          MONDAY.plus(Duration.ofDays(day)).plus(Duration.ofMinutes(8 * 60 + 15L * quarter));
      busy.add(
          Busy.of(
              TimeRange.of(start, Duration.ofMinutes(15)), Duration.ZERO, Duration.ofMinutes(5)));
    }
    List<CalendarException> exceptions =
        List.of(
            CalendarException.of(
                CalendarException.Kind.BLOCK,
                TimeRange.of(MONDAY.plus(Duration.ofHours(33)), Duration.ofHours(2))),
            CalendarException.of(
                CalendarException.Kind.EXTRA_OPENING,
                TimeRange.of(
                    MONDAY.plus(Duration.ofDays(5)).plus(Duration.ofHours(9)),
                    Duration.ofHours(3))));
    for (WeeklyTemplate template : locations) {
      for (VisitMotiveRule motive : motives) {
        week.add(
            AvailabilityQuery.builder()
                .zone(PARIS)
                .template(template)
                .motive(motive)
                .rules(BookingRules.of(Duration.ofHours(2), Period.ofDays(90)))
                .exceptions(exceptions)
                .holidays(Set.of(LocalDate.of(2026, 12, 25)))
                .busy(busy)
                .window(window)
                .now(MONDAY.minus(Duration.ofDays(1)))
                .build());
      }
    }
  }

  private static WeeklyTemplate template(boolean mornings) {
    List<OpeningRange> ranges = new ArrayList<>();
    for (DayOfWeek day :
        List.of(
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY)) {
      ranges.add(OpeningRange.of(day, mornings ? "08:30-12:30" : "09:00-12:00"));
      ranges.add(OpeningRange.of(day, mornings ? "14:00-18:30" : "13:30-19:00"));
    }
    return WeeklyTemplate.of(ranges);
  }

  /** All six location × motive computations of one practitioner-week. */
  @Benchmark
  public int practitionerWeek() {
    int slots = 0;
    for (AvailabilityQuery q : week) {
      List<Slot> free = AvailabilityEngine.freeSlots(q);
      slots += free.size();
    }
    return slots;
  }

  /** One location × motive over the week. */
  @Benchmark
  public List<Slot> oneMotiveWeek() {
    return AvailabilityEngine.freeSlots(week.get(2));
  }
}
