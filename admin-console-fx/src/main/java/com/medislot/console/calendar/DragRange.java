package com.medislot.console.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.Objects;

/**
 * The time range chosen by dragging down a day column: a pure function of the day, the location's
 * zone and the two pointer heights. Immutable.
 *
 * <p>The grid draws every day as 24 wall-clock hours, so a height is a wall-clock minute of the
 * location's zone. Both ends are snapped to the nearest step and clamped to the day (start
 * inclusive, end exclusive; an end at 24:00 is the next local midnight); a drag shorter than one
 * step still selects one step. On the days the clocks change: a minute that does not exist (the
 * spring gap) is the moment the clocks jump; a minute that happens twice (the autumn overlap) is
 * its first occurrence at the start and its second at the end, so the range covers everything drawn
 * under the selection.
 */
final class DragRange {

  static final int MINUTES_PER_DAY = 24 * 60;

  private final LocalDate day;
  private final ZoneId zone;
  private final int startMinute;
  private final int endMinute;

  private DragRange(LocalDate day, ZoneId zone, int startMinute, int endMinute) {
    this.day = day;
    this.zone = zone;
    this.startMinute = startMinute;
    this.endMinute = endMinute;
  }

  /**
   * @param pressY where the button went down, in pixels from the column's 00:00 line
   * @param currentY where the pointer is now (above {@code pressY} when dragging up)
   * @param hourHeight pixels per wall-clock hour
   * @param stepMinutes the snapping step; divides 60
   */
  static DragRange between(
      LocalDate day,
      ZoneId zone,
      double pressY,
      double currentY,
      double hourHeight,
      int stepMinutes) {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(zone, "zone");
    if (hourHeight <= 0 || stepMinutes <= 0 || 60 % stepMinutes != 0) {
      throw new IllegalArgumentException("hourHeight > 0 and a step dividing 60 are required");
    }
    int a = snap(pressY, hourHeight, stepMinutes);
    int b = snap(currentY, hourHeight, stepMinutes);
    int start = Math.min(a, b);
    int end = Math.max(a, b);
    if (start == end) {
      if (end + stepMinutes <= MINUTES_PER_DAY) {
        end += stepMinutes;
      } else {
        start -= stepMinutes;
      }
    }
    return new DragRange(day, zone, start, end);
  }

  private static int snap(double y, double hourHeight, int step) {
    double minute = Math.max(0, Math.min(MINUTES_PER_DAY, y / hourHeight * 60));
    return (int) Math.round(minute / step) * step;
  }

  LocalDate day() {
    return day;
  }

  /** Wall-clock minute of the start, 0 to 1440 − step. */
  int startMinute() {
    return startMinute;
  }

  /** Wall-clock minute of the end, step to 1440. */
  int endMinute() {
    return endMinute;
  }

  /** The first instant of the range, in the location's zone. */
  ZonedDateTime start() {
    return at(startMinute, true);
  }

  /** The instant the range ends (exclusive), in the location's zone. */
  ZonedDateTime end() {
    return at(endMinute, false);
  }

  /** True when the whole range lies in wall-clock time that does not exist that day. */
  boolean isEmpty() {
    return !start().isBefore(end());
  }

  private ZonedDateTime at(int minute, boolean firstOccurrence) {
    LocalDateTime local = day.atStartOfDay().plusMinutes(minute);
    ZoneOffsetTransition transition = zone.getRules().getTransition(local);
    if (transition != null && transition.isGap()) {
      return ZonedDateTime.ofInstant(transition.getInstant(), zone);
    }
    ZonedDateTime time = ZonedDateTime.of(local, zone);
    return firstOccurrence ? time.withEarlierOffsetAtOverlap() : time.withLaterOffsetAtOverlap();
  }

  @Override
  public String toString() {
    return start() + "/" + end();
  }
}
