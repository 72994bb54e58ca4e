package com.medislot.booking.appointment;

import com.medislot.booking.availability.AvailabilityEngine;
import com.medislot.booking.availability.AvailabilityQuery;
import com.medislot.booking.availability.Slot;
import com.medislot.booking.availability.TimeRange;
import com.medislot.booking.errors.RuleViolationException;
import com.medislot.booking.errors.SlotTakenException;
import com.medislot.booking.slots.CalendarReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Decides, on the live calendar and under the caller's calendar lock, whether a start can be
 * booked: the slot, or a 409 with nearby alternatives when it is taken, or a 422 when the calendar
 * never offers it.
 */
@ApplicationScoped
public class SlotCheck {

  private static final int ALTERNATIVES = 3;
  private static final Duration ALTERNATIVES_WINDOW = Duration.ofDays(14);

  @Inject private CalendarReader calendars;

  /**
   * @param ignoring an appointment whose own time does not count as busy (one being moved)
   * @throws SlotTakenException the calendar offers the slot but it is occupied
   * @throws RuleViolationException the calendar does not offer this start for this motive
   */
  public Slot bookable(
      CalendarReader.Calendar calendar, Instant start, Instant now, OptionalLong ignoring) {
    TimeRange around =
        TimeRange.of(start.minus(Duration.ofDays(1)), start.plus(Duration.ofDays(1)));
    AvailabilityQuery live = calendars.query(calendar, around, now, true, ignoring);
    Optional<Slot> free =
        AvailabilityEngine.freeSlots(live).stream()
            .filter(s -> s.start().equals(start))
            .findFirst();
    if (free.isPresent()) {
      return free.get();
    }
    AvailabilityQuery offered = calendars.query(calendar, around, now, false);
    if (AvailabilityEngine.isBookable(offered, start)) {
      throw new SlotTakenException(alternatives(calendar, start, now, ignoring));
    }
    throw new RuleViolationException(
        "start", "Not a bookable slot of this practitioner and motive");
  }

  private List<Instant> alternatives(
      CalendarReader.Calendar calendar, Instant around, Instant now, OptionalLong ignoring) {
    Instant from =
        around.minus(Duration.ofDays(1)).isBefore(now) ? now : around.minus(Duration.ofDays(1));
    AvailabilityQuery q =
        calendars.query(
            calendar, TimeRange.of(from, from.plus(ALTERNATIVES_WINDOW)), now, true, ignoring);
    return AvailabilityEngine.freeSlots(q).stream()
        .map(Slot::start)
        .sorted((a, b) -> Long.compare(distance(a, around), distance(b, around)))
        .limit(ALTERNATIVES)
        .sorted()
        .toList();
  }

  private static long distance(Instant a, Instant b) {
    return Math.abs(Duration.between(a, b).getSeconds());
  }
}
