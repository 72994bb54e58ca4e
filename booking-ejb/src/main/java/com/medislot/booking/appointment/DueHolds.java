package com.medislot.booking.appointment;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/**
 * The database side of hold expiry, on the caller's persistence context and transaction and without
 * container services, so every node runs the same statements: claiming calendars with due holds,
 * and expiring the due holds of a calendar whose lock is held.
 *
 * <p>Exactly-once expiry rests on the calendar lock: {@link #claimCalendars} takes it with {@code
 * FOR UPDATE SKIP LOCKED} (a calendar another node or a booking holds is skipped), and {@link
 * #expire} re-reads the holds under it, so a hold that another transaction expired before the lock
 * was granted is no longer {@code HELD} and is left alone.
 */
final class DueHolds {

  private final EntityManager em;

  DueHolds(EntityManager em) {
    this.em = em;
  }

  /**
   * Locks up to {@code limit} practitioners' calendar rows that have holds due at {@code now},
   * lowest id first, skipping rows locked by other transactions.
   *
   * @return the ids of the locked practitioners
   */
  List<Long> claimCalendars(Instant now, int limit) {
    @SuppressWarnings("unchecked")
    List<Number> claimed =
        em.createNativeQuery(
                "SELECT p.id FROM practitioner p WHERE p.id IN ("
                    + "SELECT a.practitioner_id FROM appointment a"
                    + " WHERE a.status = 'HELD' AND a.expires_at <= CAST(?1 AS timestamptz))"
                    + " ORDER BY p.id LIMIT ?2 FOR UPDATE SKIP LOCKED")
            .setParameter(1, now.toString())
            .setParameter(2, limit)
            .getResultList();
    return claimed.stream().map(Number::longValue).toList();
  }

  /**
   * Expires the holds of one practitioner due at {@code now}; the caller holds that practitioner's
   * calendar lock. An expired offer sends its waiting-list entry back in line. Changes are not
   * flushed.
   *
   * @return the holds expired, in this persistence context
   */
  List<Appointment> expire(long practitionerId, Instant now) {
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
    }
    return due;
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
