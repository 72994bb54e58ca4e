package com.medislot.booking.appointment;

import com.medislot.booking.availability.Slot;
import com.medislot.booking.errors.BookingRuleException;
import com.medislot.booking.errors.ConflictException;
import com.medislot.booking.errors.GoneException;
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
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Holds: a slot reserved for a patient for a short time, then confirmed into an appointment,
 * released, or expired by the server (ADR 0011). A hold is an appointment row in status HELD, so
 * the calendar lock, the live slot check and the exclusion constraint protect it exactly like a
 * booking. Every call is one transaction.
 */
@Stateless
public class HoldService {

  /** Rule name of the per-patient limit on active holds. */
  public static final String MAX_ACTIVE_HOLDS = "maxActiveHolds";

  @PersistenceContext(unitName = "booking")
  private EntityManager em;

  @Inject private Locks locks;
  @Inject private CalendarReader calendars;
  @Inject private SlotCheck slotCheck;
  @Inject private MotiveEligibility eligibility;
  @Inject private AntiHoardingCheck antiHoarding;
  @Inject private HoldExpiry expiry;
  @Inject private WaitlistMatcher waitlist;
  @Inject private RelativeService relatives;
  @Inject private EventPublisher events;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "medislot.holds.ttl", defaultValue = "PT5M")
  Duration ttl;

  @Inject
  @ConfigProperty(name = "medislot.holds.max-active", defaultValue = "3")
  int maxActive;

  /**
   * Holds {@code request}'s slot for the patient until now + TTL. A repeated call with the same key
   * and request answers the first hold ({@link HoldOutcome#replayed()} true).
   *
   * @throws NotFoundException unknown practitioner, location, motive or relative
   * @throws BookingRuleException too many active holds, or an anti-hoarding rule
   * @throws RuleViolationException not a bookable slot, or the key was used for another request
   * @throws SlotTakenException the slot is booked or held by someone else
   */
  public HoldOutcome place(long patientId, String idempotencyKey, BookingRequest request) {
    Optional<HoldOutcome> replay = replay(patientId, idempotencyKey, request);
    if (replay.isPresent()) {
      return replay.get();
    }
    locks.patient(patientId);
    replay = replay(patientId, idempotencyKey, request);
    if (replay.isPresent()) {
      return replay.get();
    }
    Optional<Relative> relative = relatives.owned(patientId, request.relativeId());
    Practitioner p = locks.calendar(request.practitionerId());
    CalendarReader.Calendar calendar =
        calendars.calendar(p, request.locationId(), request.motiveId());
    Instant now = clock.instant();
    expiry.expireDue(p.id(), now);
    checkActiveHolds(patientId, now);
    eligibility.check(
        new AntiHoardingCheck.Person(patientId, request.relativeId()), calendar.motive(), now);
    Slot slot = slotCheck.bookable(calendar, request.start(), now, OptionalLong.empty());
    antiHoarding.check(
        new AntiHoardingCheck.Person(patientId, request.relativeId()),
        p,
        request.locationId(),
        slot.start(),
        slot.end(),
        now,
        OptionalLong.empty());
    Appointment hold =
        Appointment.held(
            p.id(),
            request.locationId(),
            request.motiveId(),
            patientId,
            relative,
            slot.start(),
            slot.end(),
            now,
            now.plus(ttl),
            OptionalLong.empty());
    em.persist(hold);
    em.persist(
        new IdempotencyRecord(
            patientId, idempotencyKey, request.holdFingerprint(), hold.id(), now));
    events.publish(AppointmentEvents.hold(EventType.HOLD_PLACED, hold, now));
    Flushes.flushOrExplain(em);
    return new HoldOutcome(HoldView.of(hold), false);
  }

  /**
   * Turns the patient's live hold into a confirmed appointment, in one transaction. Confirming a
   * confirmed hold again answers the appointment ({@link BookingOutcome#replayed()} true).
   *
   * @throws NotFoundException unknown, or someone else's
   * @throws GoneException expired or released
   * @throws BookingRuleException an anti-hoarding rule (offers are checked again here)
   */
  public BookingOutcome confirm(long patientId, long holdId) {
    owned(patientId, holdId);
    locks.patient(patientId);
    Appointment hold = em.find(Appointment.class, holdId);
    Practitioner p = locks.calendar(hold.practitionerId());
    em.refresh(hold);
    Instant now = clock.instant();
    switch (hold.status()) {
      case CONFIRMED:
        return new BookingOutcome(AppointmentView.of(hold), true);
      case CANCELLED:
        throw new GoneException("id", "This hold was confirmed, then the appointment cancelled");
      case EXPIRED:
      case RELEASED:
        throw gone(hold);
      case HELD:
      default:
        break;
    }
    if (!hold.isLiveHold(now)) {
      throw gone(hold);
    }
    antiHoarding.check(
        new AntiHoardingCheck.Person(patientId, hold.relativeId()),
        p,
        hold.locationId(),
        hold.start(),
        hold.end(),
        now,
        OptionalLong.of(hold.id()));
    hold.confirmHold(now);
    hold.waitlistEntryId()
        .ifPresent(
            id -> {
              WaitlistEntry entry = em.find(WaitlistEntry.class, id);
              if (entry != null) {
                entry.fulfilled();
              }
            });
    events.publish(AppointmentEvents.of(EventType.APPOINTMENT_CREATED, hold, now));
    Flushes.flushOrExplain(em);
    return new BookingOutcome(AppointmentView.of(hold), false);
  }

  /**
   * Gives the patient's hold up; the slot is free again (and offered to the waiting list). An
   * already expired or released hold answers the same.
   *
   * @throws NotFoundException unknown, or someone else's
   * @throws ConflictException the hold was already confirmed (cancel the appointment instead)
   */
  public void release(long patientId, long holdId) {
    owned(patientId, holdId);
    Appointment hold = em.find(Appointment.class, holdId);
    Practitioner p = locks.calendar(hold.practitionerId());
    em.refresh(hold);
    if (hold.status() == AppointmentStatus.CONFIRMED
        || hold.status() == AppointmentStatus.CANCELLED) {
      throw new ConflictException("id", "This hold was confirmed: cancel the appointment instead");
    }
    if (hold.status() != AppointmentStatus.HELD) {
      return;
    }
    Instant now = clock.instant();
    hold.release(now);
    expiry.offerPassed(hold);
    events.publish(AppointmentEvents.hold(EventType.HOLD_RELEASED, hold, now));
    em.flush();
    waitlist.offerFreeSlots(p, now);
  }

  /** The patient's holds that still reserve their slot, soonest expiry first. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<HoldView> active(long patientId) {
    return em.createQuery(
            "SELECT a FROM Appointment a WHERE a.patientId = :p AND a.status = :held"
                + " AND a.expiresAt > :now ORDER BY a.expiresAt, a.id",
            Appointment.class)
        .setParameter("p", patientId)
        .setParameter("held", AppointmentStatus.HELD)
        .setParameter("now", clock.instant())
        .getResultStream()
        .map(HoldView::of)
        .toList();
  }

  /**
   * One of the patient's holds, whatever its state.
   *
   * @throws NotFoundException unknown, or someone else's
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public HoldView get(long patientId, long holdId) {
    return HoldView.of(owned(patientId, holdId));
  }

  private Appointment owned(long patientId, long holdId) {
    Appointment a = em.find(Appointment.class, holdId);
    if (a == null || a.patientId() != patientId || !a.wasHold()) {
      throw new NotFoundException("Hold", holdId);
    }
    return a;
  }

  private void checkActiveHolds(long patientId, Instant now) {
    long active =
        em.createQuery(
                "SELECT COUNT(a) FROM Appointment a WHERE a.patientId = :p AND a.status = :held"
                    + " AND a.expiresAt > :now AND a.waitlistEntryId IS NULL",
                Long.class)
            .setParameter("p", patientId)
            .setParameter("held", AppointmentStatus.HELD)
            .setParameter("now", now)
            .getSingleResult();
    if (active >= maxActive) {
      throw new BookingRuleException(
          MAX_ACTIVE_HOLDS,
          "At most "
              + maxActive
              + " active holds per patient: confirm or release one before holding another");
    }
  }

  private static GoneException gone(Appointment hold) {
    return new GoneException(
        "id",
        hold.status() == AppointmentStatus.RELEASED
            ? "This hold was released"
            : "This hold expired at " + hold.expiresAt().orElseThrow());
  }

  private Optional<HoldOutcome> replay(long patientId, String key, BookingRequest request) {
    IdempotencyRecord record =
        em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(patientId, key));
    if (record == null) {
      return Optional.empty();
    }
    if (!record.requestHash().equals(request.holdFingerprint())) {
      throw new RuleViolationException(
          "Idempotency-Key", "This Idempotency-Key was already used for a different request");
    }
    Appointment first = em.find(Appointment.class, record.appointmentId());
    return Optional.of(new HoldOutcome(HoldView.of(first), true));
  }
}
