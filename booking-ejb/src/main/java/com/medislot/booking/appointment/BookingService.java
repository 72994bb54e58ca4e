package com.medislot.booking.appointment;

import com.medislot.booking.availability.AvailabilityEngine;
import com.medislot.booking.availability.AvailabilityQuery;
import com.medislot.booking.availability.Slot;
import com.medislot.booking.availability.TimeRange;
import com.medislot.booking.errors.ConflictException;
import com.medislot.booking.errors.NotFoundException;
import com.medislot.booking.errors.RuleViolationException;
import com.medislot.booking.errors.SlotTakenException;
import com.medislot.booking.events.DomainEvent;
import com.medislot.booking.events.EventPublisher;
import com.medislot.booking.events.EventType;
import com.medislot.booking.infrastructure.SqlStates;
import com.medislot.booking.practitioner.Practitioner;
import com.medislot.booking.slots.CalendarReader;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Books appointments. One JTA transaction per call: lock the practitioner's calendar row ({@code
 * SELECT … FOR UPDATE}), re-check the requested slot against the live calendar (never the cache),
 * insert the appointment and its idempotency key, publish {@code AppointmentCreated}. The
 * database's exclusion constraint backs the lock up.
 */
@Stateless
public class BookingService {

  private static final int ALTERNATIVES = 3;
  private static final Duration ALTERNATIVES_WINDOW = Duration.ofDays(14);

  @PersistenceContext(unitName = "booking")
  private EntityManager em;

  @Inject private CalendarReader calendars;
  @Inject private EventPublisher events;
  @Inject private Clock clock;

  /**
   * Books {@code request} for {@code patientId}. A repeated call with the same key and request
   * returns the first appointment ({@link BookingOutcome#replayed()} true).
   *
   * @throws NotFoundException unknown practitioner, location or motive
   * @throws RuleViolationException not a bookable slot, or the key was used for another request
   * @throws SlotTakenException the slot exists but is no longer free
   */
  public BookingOutcome book(long patientId, String idempotencyKey, BookingRequest request) {
    Optional<BookingOutcome> replay = replay(patientId, idempotencyKey, request);
    if (replay.isPresent()) {
      return replay.get();
    }
    Practitioner practitioner =
        Optional.ofNullable(
                em.find(
                    Practitioner.class, request.practitionerId(), LockModeType.PESSIMISTIC_WRITE))
            .orElseThrow(() -> new NotFoundException("Practitioner", request.practitionerId()));
    // A concurrent call with the same key may have committed while we waited for the lock.
    replay = replay(patientId, idempotencyKey, request);
    if (replay.isPresent()) {
      return replay.get();
    }
    CalendarReader.Calendar calendar =
        calendars.calendar(practitioner, request.locationId(), request.motiveId());
    Instant now = clock.instant();
    Slot slot = checkBookable(calendar, request.start(), now);

    Appointment appointment =
        Appointment.confirmed(
            practitioner.id(),
            request.locationId(),
            request.motiveId(),
            patientId,
            slot.start(),
            slot.end(),
            now);
    em.persist(appointment);
    em.persist(
        new IdempotencyRecord(
            patientId, idempotencyKey, request.fingerprint(), appointment.id(), now));
    // Published before the inserts reach the database: if the exclusion constraint (or
    // anything else) fails at flush, the rollback takes the message back with it.
    events.publish(created(appointment, now));
    flushOrExplain();
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

  /** The slot starting at {@code start}, or why it cannot be booked. */
  private Slot checkBookable(CalendarReader.Calendar calendar, Instant start, Instant now) {
    TimeRange day = TimeRange.of(start.minus(Duration.ofDays(1)), start.plus(Duration.ofDays(1)));
    AvailabilityQuery live = calendars.query(calendar, day, now, true);
    Optional<Slot> free =
        AvailabilityEngine.freeSlots(live).stream()
            .filter(s -> s.start().equals(start))
            .findFirst();
    if (free.isPresent()) {
      return free.get();
    }
    AvailabilityQuery offered = calendars.query(calendar, day, now, false);
    if (AvailabilityEngine.isBookable(offered, start)) {
      throw new SlotTakenException(alternatives(calendar, start, now));
    }
    throw new RuleViolationException(
        "start", "Not a bookable slot of this practitioner and motive");
  }

  private List<Instant> alternatives(
      CalendarReader.Calendar calendar, Instant around, Instant now) {
    Instant from =
        around.minus(Duration.ofDays(1)).isBefore(now) ? now : around.minus(Duration.ofDays(1));
    AvailabilityQuery q =
        calendars.query(calendar, TimeRange.of(from, from.plus(ALTERNATIVES_WINDOW)), now, true);
    return AvailabilityEngine.freeSlots(q).stream()
        .map(Slot::start)
        .sorted((a, b) -> Long.compare(distance(a, around), distance(b, around)))
        .limit(ALTERNATIVES)
        .sorted()
        .toList();
  }

  private static long distance(Instant a, Instant b) {
    return Math.abs(Duration.between(a, b).getSeconds());
  }

  /**
   * Flushes, turning the exclusion constraint (an overlap slipped past the lock) into a 409 and a
   * concurrent use of the same idempotency key into a 422.
   */
  private void flushOrExplain() {
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (SqlStates.isCausedBy(e, SqlStates.EXCLUSION_VIOLATION)) {
        throw new SlotTakenException(List.of());
      }
      if (SqlStates.isCausedBy(e, SqlStates.UNIQUE_VIOLATION)) {
        throw new ConflictException(
            "Idempotency-Key", "A request with this Idempotency-Key is being processed");
      }
      throw e;
    }
  }

  private static DomainEvent created(Appointment a, Instant now) {
    return DomainEvent.of(
        EventType.APPOINTMENT_CREATED,
        now,
        a.practitionerId(),
        Json.createObjectBuilder()
            .add("appointmentId", a.id())
            .add("practitionerId", a.practitionerId())
            .add("locationId", a.locationId())
            .add("motiveId", a.motiveId())
            .add("start", a.start().toString())
            .add("end", a.end().toString())
            .build());
  }
}
