package com.medislot.booking.slots;

import com.medislot.booking.practitioner.Location;
import com.medislot.booking.practitioner.Practitioner;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;

/** The next few free slot starts of a practitioner at a location, for search results. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class NextSlots {

  @Inject private CalendarReader calendars;
  @Inject private SlotService slots;

  /** Up to {@code count} starts, soonest first; empty if the practitioner left that location. */
  public List<Instant> next(long practitionerId, long locationId, int count) {
    Practitioner p = calendars.practitioner(practitionerId);
    return p.locations().stream()
        .filter(l -> l.id() == locationId)
        .findFirst()
        .map((Location l) -> slots.nextStarts(p, l, count))
        .orElse(List.of());
  }
}
