package com.medislot.booking.appointment;

import com.medislot.booking.practitioner.Practitioner;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * One sweep transaction: claims up to {@link #BATCH} practitioners that have expired holds, with
 * {@code FOR UPDATE SKIP LOCKED} on their calendar rows (the same lock bookings take), expires
 * those holds and offers the freed slots to the waiting lists. A calendar locked by a booking or by
 * another node's sweep is skipped: the booking expires what it meets itself, and the next tick
 * retries.
 */
@Stateless
public class HoldSweep {

  static final int BATCH = 50;

  @PersistenceContext(unitName = "booking")
  private EntityManager em;

  @Inject private HoldExpiry expiry;
  @Inject private WaitlistMatcher waitlist;
  @Inject private Clock clock;

  /**
   * @return how many practitioners were claimed
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int sweepOnce() {
    Instant now = clock.instant();
    List<Long> claimed = new DueHolds(em).claimCalendars(now, BATCH);
    for (long id : claimed) {
      expiry.expireDue(id, now);
      waitlist.offerFreeSlots(em.find(Practitioner.class, id), now);
    }
    return claimed.size();
  }
}
