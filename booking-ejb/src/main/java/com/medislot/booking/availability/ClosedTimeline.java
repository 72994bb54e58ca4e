package com.medislot.booking.availability;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The instants that no slot (buffers included) may touch: busy ranges and closing exceptions,
 * merged and sorted.
 *
 * <p>Rather than widening every candidate slot by the motive's buffers, each closed range is
 * widened once the other way ({@code [a - bufferAfter, b + bufferBefore)}); a slot overlaps the
 * widened range exactly when the buffered slot overlaps the original one.
 *
 * <p>Mutable: it keeps a cursor so that a run of checks with non-decreasing starts costs one pass
 * in total. Used within a single computation, never shared.
 */
final class ClosedTimeline {

  private final List<TimeRange> closed;
  private int cursor;

  private ClosedTimeline(List<TimeRange> closed) {
    this.closed = closed;
  }

  /**
   * Collects what closes time for slots of the query's motive starting at or after {@code from} and
   * ending by {@code to}; other ranges cannot matter.
   */
  static ClosedTimeline of(AvailabilityQuery query, Instant from, Instant to) {
    Duration before = query.motive().bufferBefore();
    Duration after = query.motive().bufferAfter();
    List<TimeRange> ranges = new ArrayList<>(query.busy().size() + query.exceptions().size());
    for (Busy busy : query.busy()) {
      addIfRelevant(ranges, busy.range(), after, before, from, to);
    }
    for (CalendarException exception : query.exceptions()) {
      if (exception.closes()) {
        addIfRelevant(ranges, exception.range(), after, before, from, to);
      }
    }
    ranges.sort(Comparator.comparing(TimeRange::start));
    List<TimeRange> merged = new ArrayList<>(ranges.size());
    for (TimeRange r : ranges) {
      int last = merged.size() - 1;
      // touching ranges merge too: for half-open overlap checks their union is equivalent
      if (last >= 0 && !r.start().isAfter(merged.get(last).end())) {
        if (r.end().isAfter(merged.get(last).end())) {
          merged.set(last, TimeRange.of(merged.get(last).start(), r.end()));
        }
      } else {
        merged.add(r);
      }
    }
    return new ClosedTimeline(merged);
  }

  private static void addIfRelevant(
      List<TimeRange> ranges,
      TimeRange r,
      Duration widenStart,
      Duration widenEnd,
      Instant from,
      Instant to) {
    if (!r.isEmpty()) {
      TimeRange widened = r.extendedBy(widenStart, widenEnd);
      if (widened.end().isAfter(from) && widened.start().isBefore(to)) {
        ranges.add(widened);
      }
    }
  }

  /**
   * Returns true if the slot {@code [start, end)}, with its buffers, shares no instant with closed
   * time. Successive calls must not decrease {@code start}.
   */
  boolean isFree(Instant start, Instant end) {
    while (cursor < closed.size() && !closed.get(cursor).end().isAfter(start)) {
      cursor++;
    }
    return cursor == closed.size() || !closed.get(cursor).start().isBefore(end);
  }
}
