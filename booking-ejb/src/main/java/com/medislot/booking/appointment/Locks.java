package com.medislot.booking.appointment;

import com.medislot.booking.errors.NotFoundException;
import com.medislot.booking.practitioner.Practitioner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * The row locks of the write path, always taken in one order: the patient's account first, then the
 * practitioner's calendar (ADR 0003, 0011). The patient lock serialises one patient's own requests,
 * so per-patient limits (active holds, anti-hoarding) hold under concurrency; the calendar lock
 * serialises every change of one practitioner's calendar.
 */
@ApplicationScoped
public class Locks {

  @PersistenceContext(unitName = "booking")
  private EntityManager em;

  /** {@code SELECT … FOR UPDATE} on the patient's account row. */
  public void patient(long patientId) {
    if (em.createNativeQuery("SELECT id FROM account WHERE id = ?1 FOR UPDATE")
        .setParameter(1, patientId)
        .getResultList()
        .isEmpty()) {
      throw new NotFoundException("Account", patientId);
    }
  }

  /**
   * {@code PESSIMISTIC_WRITE} on the practitioner's row.
   *
   * @throws NotFoundException unknown practitioner
   */
  public Practitioner calendar(long practitionerId) {
    Practitioner p = em.find(Practitioner.class, practitionerId, LockModeType.PESSIMISTIC_WRITE);
    if (p == null) {
      throw new NotFoundException("Practitioner", practitionerId);
    }
    return p;
  }
}
