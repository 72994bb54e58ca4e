package com.medislot.booking.calendar;

import com.medislot.booking.appointment.AppointmentQueries;
import com.medislot.booking.appointment.WaitlistMatcher;
import com.medislot.booking.availability.AvailabilityEngine;
import com.medislot.booking.availability.OpeningRange;
import com.medislot.booking.availability.TimeRange;
import com.medislot.booking.errors.InvalidInputException;
import com.medislot.booking.errors.NotFoundException;
import com.medislot.booking.errors.RuleViolationException;
import com.medislot.booking.events.DomainEvent;
import com.medislot.booking.events.EventPublisher;
import com.medislot.booking.events.EventType;
import com.medislot.booking.infrastructure.Jsons;
import com.medislot.booking.practitioner.CalendarExceptionRecord;
import com.medislot.booking.practitioner.Location;
import com.medislot.booking.practitioner.Practitioner;
import com.medislot.booking.practitioner.RuleOverrides;
import com.medislot.booking.practitioner.VisitMotive;
import com.medislot.booking.practitioner.WeeklyOpening;
import com.medislot.booking.slots.CalendarReader;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Staff operations on a practitioner's calendar, scoped to the staff member's clinic: a
 * practitioner of another clinic does not exist for them (404).
 */
@Stateless
public class CalendarAdministration {

  /** Exceptions must end after this long ago and start before this far ahead. */
  static final Duration PAST_LIMIT = Duration.ofDays(31);

  static final Duration FUTURE_LIMIT = Duration.ofDays(2 * 366);
  static final Duration LONGEST_EXCEPTION = Duration.ofDays(366);

  @PersistenceContext(unitName = "booking")
  private EntityManager em;

  @Inject private CalendarReader calendars;
  @Inject private AppointmentQueries appointments;
  @Inject private EventPublisher events;
  @Inject private WaitlistMatcher waitlist;
  @Inject private Clock clock;

  /** Appointments, exceptions and free slots of every location and motive over {@code range}. */
  public CalendarView calendar(long clinicId, long practitionerId, TimeRange range) {
    Practitioner p = scoped(clinicId, practitionerId, LockModeType.NONE);
    Instant now = clock.instant();
    List<CalendarView.FreeSlots> free = new ArrayList<>();
    for (Location location : p.locations()) {
      for (VisitMotive motive : calendars.motives(p.id())) {
        CalendarReader.Calendar c = new CalendarReader.Calendar(p, location, motive);
        free.add(
            new CalendarView.FreeSlots(
                location.id(),
                motive.id(),
                AvailabilityEngine.freeSlots(calendars.query(c, range, now, true))));
      }
    }
    List<CalendarExceptionRecord> exceptions =
        em.createQuery(
                "SELECT e FROM CalendarExceptionRecord e WHERE e.practitionerId = :p"
                    + " AND e.startAt < :to AND e.endAt > :from ORDER BY e.startAt",
                CalendarExceptionRecord.class)
            .setParameter("p", p.id())
            .setParameter("from", range.start())
            .setParameter("to", range.end())
            .getResultList();
    List<CalendarView.Holiday> holidays = new ArrayList<>();
    for (Location location : p.locations()) {
      ZoneId zone = location.zone();
      LocalDate first = range.start().atZone(zone).toLocalDate();
      LocalDate last = range.end().minusNanos(1).atZone(zone).toLocalDate();
      calendars
          .holidays(location, range)
          .subMap(first, last.plusDays(1))
          .forEach(
              (date, name) -> holidays.add(new CalendarView.Holiday(location.id(), date, name)));
    }
    List<WeeklyOpening> template =
        em.createQuery(
                "SELECT o FROM WeeklyOpening o WHERE o.practitionerId = :p"
                    + " ORDER BY o.locationId, o.dayOfWeek, o.startTime",
                WeeklyOpening.class)
            .setParameter("p", p.id())
            .setHint(CalendarReader.MOTIVES_IN_ONE_QUERY, "o.motiveIds")
            .setHint(CalendarReader.MOTIVES_BATCH_TYPE, "IN")
            .getResultList();
    return new CalendarView(
        p.id(),
        appointments.ofPractitioner(p.id(), range),
        exceptions,
        template,
        p.ruleOverrides(),
        holidays,
        free);
  }

  /**
   * Replaces the whole weekly template of the practitioner (every location).
   *
   * @throws RuleViolationException overlapping ranges on one day and location, or a location the
   *     practitioner does not work at
   * @throws InvalidInputException a malformed range
   */
  public void replaceTemplate(long clinicId, long practitionerId, List<OpeningDraft> drafts) {
    Practitioner p = scoped(clinicId, practitionerId, LockModeType.PESSIMISTIC_WRITE);
    Set<Long> motives =
        calendars.motives(p.id()).stream().map(VisitMotive::id).collect(Collectors.toSet());
    List<OpeningRange> ranges = TemplateValidation.validate(drafts, p::worksAt, motives::contains);
    em.createQuery("DELETE FROM WeeklyOpening o WHERE o.practitionerId = :p")
        .setParameter("p", p.id())
        .executeUpdate();
    for (int i = 0; i < drafts.size(); i++) {
      em.persist(WeeklyOpening.of(p.id(), drafts.get(i).locationId(), ranges.get(i)));
    }
    changed(p);
  }

  /**
   * Replaces the practitioner's own booking rules; an absent value falls back to the country's.
   *
   * @throws InvalidInputException a value out of range, naming it
   */
  public void replaceRules(long clinicId, long practitionerId, RuleOverrides rules) {
    validateRules(rules);
    Practitioner p = scoped(clinicId, practitionerId, LockModeType.PESSIMISTIC_WRITE);
    p.overrideRules(rules);
    changed(p);
  }

  static void validateRules(RuleOverrides rules) {
    check(
        rules.minimumNoticeMinutes(), "minimumNoticeMinutes", 0, RuleOverrides.MAX_NOTICE_MINUTES);
    check(rules.bookingHorizonDays(), "bookingHorizonDays", 1, RuleOverrides.MAX_HORIZON_DAYS);
    check(
        rules.slotIntervalMinutes(),
        "slotIntervalMinutes",
        RuleOverrides.MIN_INTERVAL_MINUTES,
        24 * 60);
  }

  private static void check(java.util.OptionalInt value, String field, int min, int max) {
    if (value.isPresent() && (value.getAsInt() < min || value.getAsInt() > max)) {
      throw new InvalidInputException(field, "must be between " + min + " and " + max);
    }
  }

  /** Adds an exception and returns its id. */
  public long addException(long clinicId, long practitionerId, ExceptionDraft draft) {
    Practitioner p = scoped(clinicId, practitionerId, LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.instant();
    if (!draft.start().isBefore(draft.end())) {
      throw new InvalidInputException("end", "must be after start");
    }
    if (Duration.between(draft.start(), draft.end()).compareTo(LONGEST_EXCEPTION) > 0) {
      throw new RuleViolationException("end", "an exception may last at most 366 days");
    }
    if (draft.end().isBefore(now.minus(PAST_LIMIT))) {
      throw new RuleViolationException("end", "an exception may not end more than 31 days ago");
    }
    if (draft.start().isAfter(now.plus(FUTURE_LIMIT))) {
      throw new RuleViolationException("start", "an exception may start at most two years ahead");
    }
    if (draft.locationId().isPresent() && !p.worksAt(draft.locationId().getAsLong())) {
      throw new RuleViolationException(
          "locationId",
          "The practitioner does not work at location " + draft.locationId().getAsLong());
    }
    CalendarExceptionRecord record =
        CalendarExceptionRecord.of(
            p.id(),
            draft.locationId(),
            draft.kind().name(),
            draft.start(),
            draft.end(),
            draft.reason());
    em.persist(record);
    em.flush();
    changed(p);
    return record.id();
  }

  /** Removes an exception of this practitioner. */
  public void removeException(long clinicId, long practitionerId, long exceptionId) {
    Practitioner p = scoped(clinicId, practitionerId, LockModeType.PESSIMISTIC_WRITE);
    CalendarExceptionRecord record = em.find(CalendarExceptionRecord.class, exceptionId);
    if (record == null || record.practitionerId() != p.id()) {
      throw new NotFoundException("Calendar exception", exceptionId);
    }
    em.remove(record);
    changed(p);
  }

  private Practitioner scoped(long clinicId, long practitionerId, LockModeType lock) {
    Practitioner p = em.find(Practitioner.class, practitionerId, lock);
    if (p == null || p.clinicId() != clinicId) {
      throw new NotFoundException("Practitioner", practitionerId);
    }
    return p;
  }

  private void changed(Practitioner p) {
    p.calendarChanged();
    events.publish(
        DomainEvent.of(
            EventType.AVAILABILITY_CHANGED,
            clock.instant(),
            p.id(),
            Jsons.createObjectBuilder()
                .add("practitionerId", p.id())
                .add("calendarVersion", p.calendarVersion())
                .build()));
    em.flush();
    // A new opening (or a removed block) goes to the waiting list first.
    waitlist.offerFreeSlots(p, clock.instant());
  }
}
