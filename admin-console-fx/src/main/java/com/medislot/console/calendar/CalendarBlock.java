package com.medislot.console.calendar;

import java.time.Instant;
import java.util.Objects;

/**
 * One rectangle of the calendar grid: a part of an appointment, free time or exception that falls
 * on one local day. Immutable.
 *
 * <p>Positions are wall-clock minutes of the location's zone, so 09:00 local sits at minute 540 on
 * every day, whether the day has 23, 24 or 25 hours.
 *
 * @param day index of the day column, from 0
 * @param startMinute wall-clock minute of the local day where the block starts, 0 to 1439
 * @param endMinute where it ends, after {@code startMinute}, at most 1440 (midnight of the next
 *     day)
 * @param refId the appointment's or exception's id; 0 for free time
 * @param start the real start of the whole item (not only this day's part)
 * @param end its real end
 */
public record CalendarBlock(
    BlockKind kind,
    int day,
    int startMinute,
    int endMinute,
    String title,
    String detail,
    long refId,
    Instant start,
    Instant end) {

  public CalendarBlock {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (startMinute < 0 || endMinute > 24 * 60 || endMinute <= startMinute) {
      throw new IllegalArgumentException(
          "minutes out of the day: " + startMinute + "-" + endMinute);
    }
  }
}
