package com.medislot.booking.availability;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The weekly opening hours of one practitioner at one location: a list of opening ranges, several
 * per weekday if needed (09:00–12:00 and 14:00–18:30).
 *
 * <p>Two ranges on the same weekday whose hours overlap and whose validity periods overlap are
 * rejected, since the practitioner cannot be open twice at once; touching ranges (09:00–12:00 and
 * 12:00–14:00) are accepted. A template may be empty (only extra openings are then bookable).
 *
 * <p>Immutable and thread-safe; no method accepts or returns {@code null}.
 */
public final class WeeklyTemplate {

  private final List<OpeningRange> ranges;
  private final Map<DayOfWeek, List<OpeningRange>> byDay;

  private WeeklyTemplate(List<OpeningRange> ranges) {
    this.ranges = ranges;
    Map<DayOfWeek, List<OpeningRange>> map = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      List<OpeningRange> onDay = new ArrayList<>();
      for (OpeningRange r : ranges) {
        if (r.dayOfWeek() == day) {
          onDay.add(r);
        }
      }
      map.put(day, List.copyOf(onDay));
    }
    this.byDay = map;
  }

  /**
   * Obtains a template from its ranges, in any order.
   *
   * @throws IllegalArgumentException naming the weekday and both ranges if two ranges overlap
   */
  public static WeeklyTemplate of(List<OpeningRange> ranges) {
    List<OpeningRange> copy = List.copyOf(Objects.requireNonNull(ranges, "ranges"));
    for (int i = 0; i < copy.size(); i++) {
      for (int j = i + 1; j < copy.size(); j++) {
        OpeningRange a = copy.get(i);
        OpeningRange b = copy.get(j);
        if (a.conflictsWith(b)) {
          throw new IllegalArgumentException(
              "overlapping opening ranges on "
                  + a.dayOfWeek()
                  + ": "
                  + a.hours()
                  + " and "
                  + b.hours());
        }
      }
    }
    return new WeeklyTemplate(copy);
  }

  /** Varargs form of {@link #of(List)}. */
  public static WeeklyTemplate of(OpeningRange... ranges) {
    return of(Arrays.asList(ranges));
  }

  /** Returns all ranges, unmodifiable, in the order given. */
  public List<OpeningRange> ranges() {
    return ranges;
  }

  /** Returns the ranges of one weekday, unmodifiable, possibly empty. */
  public List<OpeningRange> rangesOn(DayOfWeek day) {
    return byDay.get(Objects.requireNonNull(day, "day"));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof WeeklyTemplate other && ranges.equals(other.ranges);
  }

  @Override
  public int hashCode() {
    return ranges.hashCode();
  }

  @Override
  public String toString() {
    return "WeeklyTemplate" + ranges;
  }
}
