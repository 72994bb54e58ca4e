package com.medislot.booking.slots;

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

  @Inject private SlotService slots;

  /** Up to {@code count} starts, soonest first; empty if the practitioner left that location. */
  public List<Instant> next(long practitionerId, long locationId, int count) {
    return slots.nextStarts(practitionerId, locationId, count);
  }
}
