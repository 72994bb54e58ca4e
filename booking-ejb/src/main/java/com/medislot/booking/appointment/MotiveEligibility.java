package com.medislot.booking.appointment;

import com.medislot.booking.errors.BookingRuleException;
import com.medislot.booking.practitioner.VisitMotive;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Whether a person may book a visit motive online: the practitioner must offer it online, and a
 * motive reserved to returning patients (a follow-up) needs an earlier appointment of the same
 * person (the account holder or the same relative) with that practitioner that has taken place.
 */
@ApplicationScoped
public class MotiveEligibility {

  /** Rule names in problems. */
  static final String ONLINE = "onlineBookable";

  static final String RETURNING = "returningPatientsOnly";

  @PersistenceContext(unitName = "booking")
  private EntityManager em;

  /**
   * @throws BookingRuleException a 422 naming the rule
   */
  public void check(AntiHoardingCheck.Person person, VisitMotive motive, Instant now) {
    if (!motive.onlineBookable()) {
      throw new BookingRuleException(
          ONLINE, "This visit motive is not bookable online: please contact the practice");
    }
    if (!motive.newPatients() && !hasSeen(person, motive.practitionerId(), now)) {
      throw new BookingRuleException(
          RETURNING,
          "This visit motive is for returning patients: book a first consultation instead");
    }
  }

  private boolean hasSeen(AntiHoardingCheck.Person person, long practitionerId, Instant now) {
    Number count =
        (Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM appointment WHERE patient_id = ?1"
                        + " AND COALESCE(relative_id, 0) = ?2 AND practitioner_id = ?3"
                        + " AND status = 'CONFIRMED' AND start_at < CAST(?4 AS timestamptz)")
                .setParameter(1, person.patientId())
                .setParameter(2, person.relativeId().orElse(0L))
                .setParameter(3, practitionerId)
                .setParameter(4, now.toString())
                .getSingleResult();
    return count.longValue() > 0;
  }
}
