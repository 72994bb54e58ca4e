package com.medislot.booking.slots;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The next few free slot starts of practitioners at locations, for search results. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class NextSlots {

  /** A practitioner at one of their locations. */
  public record At(long practitionerId, long locationId) {}

  @Inject private SlotService slots;

  /**
   * Up to {@code count} starts for each place, soonest first; empty where the practitioner left
   * that location. A whole page of results in one call: each call of a session bean costs the
   * container's interceptors, security and transaction checks, far more than a cache lookup.
   */
  public Map<At, List<Instant>> next(Collection<At> places, int count) {
    return slots.nextStarts(places, count);
  }

  /**
   * As {@link #next(Collection, int)}, for the motives with this key ({@link
   * com.medislot.booking.practitioner.VisitMotive#key}) that patients can book online only.
   */
  public Map<At, List<Instant>> next(Collection<At> places, String motiveKey, int count) {
    return slots.nextStarts(places, motiveKey, count);
  }
}
