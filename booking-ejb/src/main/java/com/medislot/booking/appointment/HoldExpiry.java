package com.medislot.booking.appointment;

import com.medislot.booking.events.EventPublisher;
import com.medislot.booking.events.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * Ends holds whose time has passed, for one practitioner whose calendar lock the caller holds: from
 * the sweep, and lazily whenever a booking, hold or move meets the calendar first. Each expired
 * hold publishes {@code HoldExpired}; an expired offer sends its waiting-list entry back in line.
 */
@ApplicationScoped
public class HoldExpiry {

  @PersistenceContext(unitName = "booking")
  private EntityManager em;

  @Inject private EventPublisher events;

  /**
   * @return how many holds expired
   */
  public int expireDue(long practitionerId, Instant now) {
    List<Appointment> due = new DueHolds(em).expire(practitionerId, now);
    for (Appointment a : due) {
      events.publish(AppointmentEvents.hold(EventType.HOLD_EXPIRED, a, now));
    }
    if (!due.isEmpty()) {
      em.flush();
    }
    return due.size();
  }

  /** A hold offered to a waiting-list entry ended unconfirmed: the entry is back in line. */
  void offerPassed(Appointment hold) {
    new DueHolds(em).offerPassed(hold);
  }
}
