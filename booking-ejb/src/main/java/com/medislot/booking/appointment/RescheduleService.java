package com.medislot.booking.appointment;

import com.medislot.booking.availability.Slot;
import com.medislot.booking.errors.ConflictException;
import com.medislot.booking.errors.NotFoundException;
import com.medislot.booking.errors.RuleViolationException;
import com.medislot.booking.errors.SlotTakenException;
import com.medislot.booking.events.EventPublisher;
import com.medislot.booking.practitioner.Practitioner;
import com.medislot.booking.slots.CalendarReader;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Moves a patient's appointment to another start, same practitioner, location and motive, in one
 * transaction under the calendar lock: the old time is freed only if the new one is taken.
 */
@Stateless
public class RescheduleService {

  @PersistenceContext(unitName = "booking")
  private EntityManager em;

  @Inject private CalendarReader calendars;
  @Inject private SlotCheck slotCheck;
  @Inject private PatientChangePolicy policy;
  @Inject private EventPublisher events;
  @Inject private Clock clock;

  /**
   * @throws NotFoundException it does not exist or is someone else's
   * @throws ConflictException it was cancelled
   * @throws RuleViolationException too late to change, or the new start is not a slot
   * @throws SlotTakenException the new slot is occupied
   */
  public AppointmentView rescheduleByPatient(long patientId, long appointmentId, Instant newStart) {
    Appointment a = em.find(Appointment.class, appointmentId);
    if (a == null || a.patientId() != patientId) {
      throw new NotFoundException("Appointment", appointmentId);
    }
    Practitioner p =
        em.find(Practitioner.class, a.practitionerId(), LockModeType.PESSIMISTIC_WRITE);
    em.refresh(a);
    if (a.status() != AppointmentStatus.CONFIRMED) {
      throw new ConflictException("id", "A cancelled appointment cannot be rescheduled");
    }
    if (a.start().equals(newStart)) {
      return AppointmentView.of(a);
    }
    Instant now = clock.instant();
    policy.checkMayChange(a, p, now);
    CalendarReader.Calendar calendar = calendars.calendar(p, a.locationId(), a.motiveId());
    Slot slot = slotCheck.bookable(calendar, newStart, now, OptionalLong.of(a.id()));
    Instant previousStart = a.start();
    Instant previousEnd = a.end();
    a.moveTo(slot.start(), slot.end());
    events.publish(AppointmentEvents.rescheduled(a, previousStart, previousEnd, now));
    Flushes.flushOrExplain(em);
    return AppointmentView.of(a);
  }
}
