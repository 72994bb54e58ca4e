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
    List<Appointment> due =
        em.createQuery(
                "SELECT a FROM Appointment a WHERE a.practitionerId = :p AND a.status = :held"
                    + " AND a.expiresAt <= :now",
                Appointment.class)
            .setParameter("p", practitionerId)
            .setParameter("held", AppointmentStatus.HELD)
            .setParameter("now", now)
            .getResultList();
    for (Appointment a : due) {
      a.expire();
      offerPassed(a);
      events.publish(AppointmentEvents.hold(EventType.HOLD_EXPIRED, a, now));
    }
    if (!due.isEmpty()) {
      em.flush();
    }
    return due.size();
  }

  /** A hold offered to a waiting-list entry ended unconfirmed: the entry is back in line. */
  void offerPassed(Appointment hold) {
    hold.waitlistEntryId()
        .ifPresent(
            id -> {
              WaitlistEntry entry = em.find(WaitlistEntry.class, id);
              if (entry != null) {
                entry.offerPassed(hold.start());
              }
            });
  }
}
