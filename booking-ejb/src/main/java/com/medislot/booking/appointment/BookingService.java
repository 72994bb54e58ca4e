package com.medislot.booking.appointment;

import com.medislot.booking.availability.Slot;
import com.medislot.booking.errors.BookingRuleException;
import com.medislot.booking.errors.NotFoundException;
import com.medislot.booking.errors.RuleViolationException;
import com.medislot.booking.errors.SlotTakenException;
import com.medislot.booking.events.EventPublisher;
import com.medislot.booking.events.EventType;
import com.medislot.booking.patient.Relative;
import com.medislot.booking.patient.RelativeService;
import com.medislot.booking.practitioner.Practitioner;
import com.medislot.booking.slots.CalendarReader;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Books appointments. One JTA transaction per call: lock the practitioner's calendar row ({@code
 * SELECT … FOR UPDATE}, after the patient's own lock, see {@link Locks}), re-check the requested
 * slot against the live calendar (never the cache), insert the appointment and its idempotency key,
 * publish {@code AppointmentCreated}. The database's exclusion constraint backs the lock up.
 */
@Stateless
public class BookingService {

  @PersistenceContext(unitName = "booking")
  private EntityManager em;

  @Inject private Locks locks;
  @Inject private CalendarReader calendars;
  @Inject private HoldExpiry expiry;
  @Inject private AntiHoardingCheck antiHoarding;
  @Inject private RelativeService relatives;
  @Inject private EventPublisher events;
  @Inject private SlotCheck slotCheck;
  @Inject private MotiveEligibility eligibility;
  @Inject private Clock clock;

  /**
   * Books {@code request} for {@code patientId}. A repeated call with the same key and request
   * returns the first appointment ({@link BookingOutcome#replayed()} true).
   *
   * @throws NotFoundException unknown practitioner, location, motive or relative
   * @throws RuleViolationException not a bookable slot, or the key was used for another request
   * @throws BookingRuleException an anti-hoarding rule of the country
   * @throws SlotTakenException the slot exists but is no longer free
   */
  public BookingOutcome book(long patientId, String idempotencyKey, BookingRequest request) {
    Optional<BookingOutcome> replay = replay(patientId, idempotencyKey, request);
    if (replay.isPresent()) {
      return replay.get();
    }
    locks.patient(patientId);
    // A concurrent call with the same key may have committed while we waited for the lock.
    replay = replay(patientId, idempotencyKey, request);
    if (replay.isPresent()) {
      return replay.get();
    }
    Optional<Relative> relative = relatives.owned(patientId, request.relativeId());
    Practitioner practitioner = locks.calendar(request.practitionerId());
    CalendarReader.Calendar calendar =
        calendars.calendar(practitioner, request.locationId(), request.motiveId());
    Instant now = clock.instant();
    // A hold past its expiry that the sweep has not reached yet must not block this slot.
    expiry.expireDue(practitioner.id(), now);
    eligibility.check(
        new AntiHoardingCheck.Person(patientId, request.relativeId()), calendar.motive(), now);
    Slot slot = slotCheck.bookable(calendar, request.start(), now, OptionalLong.empty());
    antiHoarding.check(
        new AntiHoardingCheck.Person(patientId, request.relativeId()),
        practitioner,
        request.locationId(),
        slot.start(),
        slot.end(),
        now,
        OptionalLong.empty());

    Appointment appointment =
        Appointment.confirmed(
            practitioner.id(),
            request.locationId(),
            request.motiveId(),
            patientId,
            slot.start(),
            slot.end(),
            now);
    appointment.bookFor(relative);
    em.persist(appointment);
    em.persist(
        new IdempotencyRecord(
            patientId, idempotencyKey, request.fingerprint(), appointment.id(), now));
    // Published before the inserts reach the database: if the exclusion constraint (or
    // anything else) fails at flush, the rollback takes the message back with it.
    events.publish(AppointmentEvents.of(EventType.APPOINTMENT_CREATED, appointment, now));
    Flushes.flushOrExplain(em);
    return new BookingOutcome(AppointmentView.of(appointment), false);
  }

  private Optional<BookingOutcome> replay(long patientId, String key, BookingRequest request) {
    IdempotencyRecord record =
        em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(patientId, key));
    if (record == null) {
      return Optional.empty();
    }
    if (!record.requestHash().equals(request.fingerprint())) {
      throw new RuleViolationException(
          "Idempotency-Key", "This Idempotency-Key was already used for a different request");
    }
    Appointment first = em.find(Appointment.class, record.appointmentId());
    return Optional.of(new BookingOutcome(AppointmentView.of(first), true));
  }
}
