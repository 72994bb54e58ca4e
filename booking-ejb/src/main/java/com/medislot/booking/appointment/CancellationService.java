package com.medislot.booking.appointment;

import com.medislot.booking.errors.NotFoundException;
import com.medislot.booking.errors.RuleViolationException;
import com.medislot.booking.events.EventPublisher;
import com.medislot.booking.events.EventType;
import com.medislot.booking.practitioner.Practitioner;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Cancels appointments under the same calendar lock as booking, so a cancellation and a booking of
 * the freed slot are ordered. Idempotent: a second cancel answers the same.
 */
@Stateless
public class CancellationService {

  @PersistenceContext(unitName = "booking")
  private EntityManager em;

  @Inject private PatientChangePolicy policy;
  @Inject private EventPublisher events;
  @Inject private WaitlistMatcher waitlist;
  @Inject private Clock clock;

  /**
   * Cancels on behalf of the patient who booked it.
   *
   * @throws NotFoundException if it does not exist or is someone else's
   * @throws RuleViolationException if the country's patient cancellation cutoff has passed
   */
  public AppointmentView cancelByPatient(long patientId, long appointmentId) {
    Appointment a = em.find(Appointment.class, appointmentId);
    if (a == null || a.patientId() != patientId || !AppointmentQueries.isAppointment(a)) {
      throw new NotFoundException("Appointment", appointmentId);
    }
    Practitioner p =
        em.find(Practitioner.class, a.practitionerId(), LockModeType.PESSIMISTIC_WRITE);
    em.refresh(a);
    if (a.status() == AppointmentStatus.CANCELLED) {
      return AppointmentView.of(a);
    }
    Instant now = clock.instant();
    policy.checkMayChange(a, p, now);
    a.cancel(now, "patient", Optional.empty());
    events.publish(AppointmentEvents.of(EventType.APPOINTMENT_CANCELLED, a, now));
    em.flush();
    // The freed slot goes to the waiting list first, in this same transaction.
    waitlist.offerFreeSlots(p, now);
    return AppointmentView.of(a);
  }

  /**
   * Cancels on behalf of the practitioner's clinic. Staff may cancel at any time, the patient
   * cutoff does not apply to them. The reason travels in the {@code AppointmentCancelled} event.
   *
   * @throws NotFoundException if it does not exist or its practitioner belongs to another clinic
   */
  public AppointmentView cancelByStaff(
      long clinicId, long appointmentId, CancellationReason reason) {
    Appointment a = em.find(Appointment.class, appointmentId);
    if (a == null || !AppointmentQueries.isAppointment(a)) {
      throw new NotFoundException("Appointment", appointmentId);
    }
    Practitioner p =
        em.find(Practitioner.class, a.practitionerId(), LockModeType.PESSIMISTIC_WRITE);
    if (p.clinicId() != clinicId) {
      throw new NotFoundException("Appointment", appointmentId);
    }
    em.refresh(a);
    if (a.status() == AppointmentStatus.CANCELLED) {
      return AppointmentView.of(a);
    }
    Instant now = clock.instant();
    a.cancel(now, "staff", Optional.of(reason.text()));
    events.publish(AppointmentEvents.cancelledByStaff(a, reason, now));
    em.flush();
    waitlist.offerFreeSlots(p, now);
    return AppointmentView.of(a);
  }
}
