package com.medislot.booking.availability;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Computes free appointment slots; a pure function of its {@link AvailabilityQuery}.
 *
 * <p>Rules, in the order they apply:
 *
 * <ol>
 *   <li>Openings: on each local date, the template ranges of its weekday that are valid that date
 *       and allow the motive, placed on the time-line as {@link LocalTimeRange#atDate} documents
 *       (daylight saving); holidays drop that date's template ranges. Extra openings are added as
 *       they are, holidays or not. Openings sharing an instant are merged; openings that only touch
 *       are not.
 *   <li>Candidates: in each merged opening, starts at its first instant and every slot interval
 *       after it (elapsed time, so the grid stays on the wall clock for hour-multiple changes and
 *       never repeats an instant in the autumn hour); the slot must end within the opening.
 *   <li>A candidate {@code [s, s + duration)} is kept if {@code s >= now + minimumNotice}, {@code
 *       s} is before the horizon end, the slot lies wholly in the window, and the slot widened by
 *       the motive's buffers shares no instant with a busy range or a closing exception (touching
 *       is fine). Buffers may reach outside openings.
 * </ol>
 *
 * <p>The result is sorted by start, holds no duplicate, and, when the slot interval is at least the
 * motive's duration, no two slots overlap. It does not depend on the JVM's default zone. Because
 * the grid is anchored on openings rather than on the window, the slots of a narrower window are
 * exactly the slots of a wider one that lie inside it.
 *
 * <p>Stateless and thread-safe.
 */
public final class AvailabilityEngine {

  private AvailabilityEngine() {}

  /**
   * Returns the free slots of the query, sorted by start.
   *
   * @return an unmodifiable list, empty if nothing is free
   */
  public static List<Slot> freeSlots(AvailabilityQuery query) {
    Objects.requireNonNull(query, "query");
    VisitMotiveRule motive = query.motive();
    Duration duration = motive.duration();
    Duration step = query.rules().slotInterval().orElse(duration);
    Instant earliest = max(query.window().start(), query.rules().earliestStart(query.now()));
    Instant startBound = query.rules().horizonEnd(query.now(), query.zone());
    Instant endBound = query.window().end();
    if (!earliest.isBefore(startBound) || earliest.plus(duration).isAfter(endBound)) {
      return List.of();
    }

    ClosedTimeline closed = ClosedTimeline.of(query, earliest, endBound);
    List<Slot> slots = new ArrayList<>(64);
    for (TimeRange opening : OpenTimeline.openings(query, earliest, endBound)) {
      Instant lastEnd = opening.end().isBefore(endBound) ? opening.end() : endBound;
      for (Instant s = firstOnGrid(opening.start(), step, earliest);
          s.isBefore(startBound);
          s = s.plus(step)) {
        Instant e = s.plus(duration);
        if (e.isAfter(lastEnd)) {
          break;
        }
        if (closed.isFree(s, e)) {
          slots.add(Slot.of(s, e));
        }
      }
    }
    return Collections.unmodifiableList(slots);
  }

  /**
   * Returns true if {@link #freeSlots} of this query holds a slot starting exactly at {@code
   * start}; the booking service uses it to re-check a requested start against live data.
   */
  public static boolean isBookable(AvailabilityQuery query, Instant start) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(start, "start");
    TimeRange slot = TimeRange.of(start, query.motive().duration());
    if (!query.window().encloses(slot)) {
      return false;
    }
    // slots of a narrower window are those of the wider one inside it, so ask only for this one
    List<Slot> found = freeSlots(query.withWindow(slot));
    return !found.isEmpty() && found.get(0).start().equals(start);
  }

  /** Returns the first instant {@code anchor + k * step} (k >= 0) not before {@code earliest}. */
  private static Instant firstOnGrid(Instant anchor, Duration step, Instant earliest) {
    if (!anchor.isBefore(earliest)) {
      return anchor;
    }
    Duration gap = Duration.between(anchor, earliest);
    long k;
    try {
      k = gap.toNanos() / step.toNanos();
    } catch (ArithmeticException beyondLongNanos) {
      // only for gaps of centuries; the exact division is slow, so it is not the default
      k = gap.dividedBy(step);
    }
    Instant s = anchor.plus(step.multipliedBy(k));
    return s.isBefore(earliest) ? s.plus(step) : s;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
