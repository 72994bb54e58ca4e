package com.medislot.booking.availability;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A range of wall-clock times within one day, start inclusive, end exclusive, such as 09:00–12:00.
 *
 * <p>An end of {@link LocalTime#MIDNIGHT} (00:00) means the end of the day, so 18:00–00:00 is open
 * until midnight and 00:00–00:00 is the whole day. Otherwise the end must be after the start: a
 * range is never empty and never crosses midnight (split such hours over two days).
 *
 * <p>Immutable and thread-safe; no method accepts or returns {@code null}.
 */
public final class LocalTimeRange {

  private static final long NANOS_PER_DAY = 86_400_000_000_000L;

  private final LocalTime start;
  private final LocalTime end;

  private LocalTimeRange(LocalTime start, LocalTime end) {
    this.start = start;
    this.end = end;
  }

  /**
   * Obtains a range of wall-clock times.
   *
   * @param start the first time of the range (inclusive)
   * @param end the time just after the range (exclusive); {@code 00:00} means end of day
   * @return the range
   * @throws IllegalArgumentException if {@code end} is not after {@code start} and is not 00:00
   */
  public static LocalTimeRange of(LocalTime start, LocalTime end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.equals(LocalTime.MIDNIGHT) && !end.isAfter(start)) {
      throw new IllegalArgumentException(
          "end must be after start (or 00:00 for end of day): " + start + "-" + end);
    }
    return new LocalTimeRange(start, end);
  }

  /**
   * Parses {@code HH:mm-HH:mm} (seconds allowed, as in {@link LocalTime#parse}), for example {@code
   * 09:00-12:00} or {@code 18:00-00:00}.
   *
   * @throws IllegalArgumentException if the text is malformed or the range invalid
   */
  public static LocalTimeRange parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    int dash = s.indexOf('-');
    if (dash < 0 || s.indexOf('-', dash + 1) >= 0) {
      throw new IllegalArgumentException("expected HH:mm-HH:mm: " + s);
    }
    try {
      return of(
          LocalTime.parse(s.substring(0, dash).trim()),
          LocalTime.parse(s.substring(dash + 1).trim()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("expected HH:mm-HH:mm: " + s, e);
    }
  }

  /** Returns the start, inclusive. */
  public LocalTime start() {
    return start;
  }

  /** Returns the end, exclusive; {@code 00:00} means end of day. */
  public LocalTime end() {
    return end;
  }

  /** Returns true if the range runs until the end of the day (end written as 00:00). */
  public boolean endsAtMidnight() {
    return end.equals(LocalTime.MIDNIGHT);
  }

  /** Returns true if {@code start <= time < end} on the wall clock. */
  public boolean contains(LocalTime time) {
    long t = Objects.requireNonNull(time, "time").toNanoOfDay();
    return t >= start.toNanoOfDay() && t < endNanoOfDay();
  }

  /** Returns true if the two ranges share a wall-clock time; touching ranges do not overlap. */
  public boolean overlaps(LocalTimeRange other) {
    Objects.requireNonNull(other, "other");
    return start.toNanoOfDay() < other.endNanoOfDay() && other.start.toNanoOfDay() < endNanoOfDay();
  }

  /**
   * Places this range on a date in a zone, giving the instants it covers that day.
   *
   * <p>Daylight-saving rules, chosen so that the wall-clock hours hold on change days:
   *
   * <ul>
   *   <li>start: the local date-time resolved by {@link ZonedDateTime#ofLocal} with no preferred
   *       offset, so a time in a gap (the hour that does not exist in spring) is shifted later by
   *       the length of the gap, and a time in an overlap (the hour that repeats in autumn) takes
   *       its earlier occurrence;
   *   <li>end: resolved the same way for a gap, but a time in an overlap takes its later
   *       occurrence; an end of 00:00 is the start of the next day ({@link
   *       LocalDate#atStartOfDay(ZoneId)}), the first valid instant of that day;
   *   <li>so in autumn a range covers every instant whose local time falls inside it, both passes
   *       of the repeated hour included (e.g. 01:00–04:00 on 26 Oct 2025 in Paris lasts 4 h), and
   *       in spring a range that crosses the gap simply lasts less (01:00–04:00 on 30 Mar 2025
   *       lasts 2 h);
   *   <li>if the gap shift would put the start after the end (02:45–03:15 on 30 Mar 2025 in Paris:
   *       03:45 > 03:15), the range is empty that day; a range wholly inside the gap is empty too.
   * </ul>
   *
   * @param date the local date the range belongs to
   * @param zone the zone giving the wall clock
   * @return the instants of the range, possibly empty on a spring change day
   */
  public TimeRange atDate(LocalDate date, ZoneId zone) {
    Objects.requireNonNull(date, "date");
    return atDate(date, new WallClock(Objects.requireNonNull(zone, "zone")));
  }

  /** As {@link #atDate(LocalDate, ZoneId)}, reusing a clock across the dates of a computation. */
  TimeRange atDate(LocalDate date, WallClock clock) {
    Instant s = clock.earlier(date, start);
    Instant e = endsAtMidnight() ? clock.startOfDay(date.plusDays(1)) : clock.later(date, end);
    return e.isBefore(s) ? TimeRange.of(s, s) : TimeRange.of(s, e);
  }

  private long endNanoOfDay() {
    return endsAtMidnight() ? NANOS_PER_DAY : end.toNanoOfDay();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof LocalTimeRange other
        && start.equals(other.start)
        && end.equals(other.end);
  }

  @Override
  public int hashCode() {
    return start.hashCode() * 31 + end.hashCode();
  }

  /** Returns {@code HH:mm-HH:mm}, the form accepted by {@link #parse}. */
  @Override
  public String toString() {
    return start + "-" + end;
  }
}
