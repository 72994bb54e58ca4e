package com.medislot.booking.availability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The instants at which a motive may be booked before anything is taken away: the template ranges
 * of the dates concerned (holidays excluded) and the extra openings, merged where they overlap.
 *
 * <p>Overlapping openings are merged so that one grid of slot starts runs through them, which keeps
 * slots from being duplicated or from overlapping across openings (a template range and an extra
 * opening covering the same hours, or two ranges touching on the wall clock that overlap in the
 * repeated autumn hour). Openings that merely touch keep their own grids.
 */
final class OpenTimeline {

  private static final Comparator<TimeRange> BY_START = Comparator.comparing(TimeRange::start);

  private OpenTimeline() {}

  /**
   * Returns the merged openings that may hold a slot starting at or after {@code from} and ending
   * by {@code to}, sorted, pairwise disjoint and non-empty. Each merged opening is complete (never
   * cut at {@code from}), so its first instant, where its grid starts, does not depend on the
   * window asked for.
   */
  static List<TimeRange> openings(AvailabilityQuery query, Instant from, Instant to) {
    WallClock clock = new WallClock(query.zone());
    List<TimeRange> extras = extraOpenings(query, to);
    // the day before covers ranges that a daylight-saving shift moves across midnight
    LocalDate firstDate = firstDateReachingInto(extras, clock.dateOf(from).minusDays(1), clock);
    LocalDate lastDate = clock.dateOf(to);

    List<TimeRange> all = new ArrayList<>();
    Instant lowerBound = clock.startOfDay(firstDate);
    for (TimeRange extra : extras) {
      if (extra.end().isAfter(lowerBound)) {
        all.add(extra);
      }
    }
    long motiveId = query.motive().motiveId();
    for (LocalDate date = firstDate; !date.isAfter(lastDate); date = date.plusDays(1)) {
      if (query.holidays().contains(date)) {
        continue;
      }
      for (OpeningRange range : query.template().rangesOn(date.getDayOfWeek())) {
        if (range.appliesOn(date) && range.allows(motiveId)) {
          TimeRange instants = range.hours().atDate(date, clock);
          if (!instants.isEmpty()) {
            all.add(instants);
          }
        }
      }
    }
    return merge(all);
  }

  private static List<TimeRange> extraOpenings(AvailabilityQuery query, Instant to) {
    List<TimeRange> extras = new ArrayList<>();
    for (CalendarException exception : query.exceptions()) {
      if (exception.kind() == CalendarException.Kind.EXTRA_OPENING
          && exception.range().start().isBefore(to)) {
        extras.add(exception.range());
      }
    }
    return extras;
  }

  /**
   * Moves the first date back while an extra opening starts before it and reaches into the span,
   * since such an opening may join earlier template ranges into one merged opening whose grid
   * starts there.
   */
  private static LocalDate firstDateReachingInto(
      List<TimeRange> extras, LocalDate first, WallClock clock) {
    LocalDate date = first;
    boolean moved = true;
    while (moved) {
      moved = false;
      Instant bound = clock.startOfDay(date);
      for (TimeRange extra : extras) {
        if (extra.start().isBefore(bound) && extra.end().isAfter(bound)) {
          date = clock.dateOf(extra.start()).minusDays(1);
          moved = true;
          break;
        }
      }
    }
    return date;
  }

  /** Sorts and merges ranges sharing an instant; ranges that only touch stay apart. */
  static List<TimeRange> merge(List<TimeRange> ranges) {
    ranges.sort(BY_START);
    List<TimeRange> merged = new ArrayList<>(ranges.size());
    TimeRange current = null;
    for (TimeRange r : ranges) {
      if (current == null) {
        current = r;
      } else if (r.start().isBefore(current.end())) {
        if (r.end().isAfter(current.end())) {
          current = TimeRange.of(current.start(), r.end());
        }
      } else {
        merged.add(current);
        current = r;
      }
    }
    if (current != null) {
      merged.add(current);
    }
    return merged;
  }
}
