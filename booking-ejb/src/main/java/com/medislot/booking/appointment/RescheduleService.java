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

  @Inject private Locks locks;
  @Inject private CalendarReader calendars;
  @Inject private HoldExpiry expiry;
  @Inject private AntiHoardingCheck antiHoarding;
  @Inject private WaitlistMatcher waitlist;
  @Inject private SlotCheck slotCheck;
  @Inject private PatientChangePolicy policy;
  @Inject private EventPublisher events;
  @Inject private Clock clock;

  /**
   * @throws NotFoundException it does not exist or is someone else's
   * @throws ConflictException it was cancelled
   * @throws RuleViolationException too late to change, the new start is not a slot, or an
   *     anti-hoarding rule refuses it
   * @throws SlotTakenException the new slot is occupied
   */
  public AppointmentView rescheduleByPatient(long patientId, long appointmentId, Instant newStart) {
    Appointment a = em.find(Appointment.class, appointmentId);
    if (a == null || a.patientId() != patientId || !AppointmentQueries.isAppointment(a)) {
      throw new NotFoundException("Appointment", appointmentId);
    }
    locks.patient(patientId);
    Practitioner p = locks.calendar(a.practitionerId());
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
    expiry.expireDue(p.id(), now);
    Slot slot = slotCheck.bookable(calendar, newStart, now, OptionalLong.of(a.id()));
    antiHoarding.check(
        new AntiHoardingCheck.Person(patientId, a.relativeId()),
        p,
        a.locationId(),
        slot.start(),
        slot.end(),
        now,
        OptionalLong.of(a.id()));
    Instant previousStart = a.start();
    Instant previousEnd = a.end();
    a.moveTo(slot.start(), slot.end());
    events.publish(AppointmentEvents.rescheduled(a, previousStart, previousEnd, now));
    Flushes.flushOrExplain(em);
    // The old time is free now: the waiting list is first in line for it.
    waitlist.offerFreeSlots(p, now);
    return AppointmentView.of(a);
  }
}
