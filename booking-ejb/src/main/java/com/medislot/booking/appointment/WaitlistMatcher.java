package com.medislot.booking.appointment;

import com.medislot.booking.availability.AvailabilityEngine;
import com.medislot.booking.availability.Slot;
import com.medislot.booking.availability.TimeRange;
import com.medislot.booking.errors.NotFoundException;
import com.medislot.booking.events.EventPublisher;
import com.medislot.booking.events.EventType;
import com.medislot.booking.patient.Relative;
import com.medislot.booking.practitioner.Location;
import com.medislot.booking.practitioner.Practitioner;
import com.medislot.booking.slots.CalendarReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Offers free slots of one practitioner to the waiting list, first come first offered: each active
 * entry in id order gets the earliest free slot that fits it, as a hold with the offer TTL. The
 * caller holds the practitioner's calendar lock and every offer is a hold row, so the exclusion
 * constraint makes it impossible to offer one slot to two entries at once.
 */
@ApplicationScoped
public class WaitlistMatcher {

  /** Entries looked at per call; the rest wait for the next freed slot or sweep. */
  static final int BATCH = 20;

  @PersistenceContext(unitName = "booking")
  private EntityManager em;

  @Inject private CalendarReader calendars;
  @Inject private AntiHoardingCheck antiHoarding;
  @Inject private EventPublisher events;

  @Inject
  @ConfigProperty(name = "medislot.waitlist.offer-ttl", defaultValue = "PT10M")
  Duration offerTtl;

  private record Fit(Location location, CalendarReader.Calendar calendar, Slot slot) {}

  /**
   * @return how many offers were made
   */
  public int offerFreeSlots(Practitioner p, Instant now) {
    List<WaitlistEntry> line =
        em.createQuery(
                "SELECT w FROM WaitlistEntry w WHERE w.practitionerId = :p AND w.status = :s"
                    + " ORDER BY w.id",
                WaitlistEntry.class)
            .setParameter("p", p.id())
            .setParameter("s", WaitlistStatus.ACTIVE)
            .setMaxResults(BATCH)
            .getResultList();
    int offers = 0;
    for (WaitlistEntry entry : line) {
      if (entry.before().isPresent() && !entry.before().get().isAfter(now)) {
        entry.lapse();
        continue;
      }
      Optional<Relative> relative = relative(entry);
      if (entry.relativeId().isPresent() && relative.isEmpty()) {
        entry.leave(); // the relative was removed from the account
        continue;
      }
      Optional<Fit> fit = firstFit(p, entry, now);
      if (fit.isEmpty() || refusedByRules(entry, p, fit.get(), now)) {
        continue;
      }
      Slot slot = fit.get().slot();
      Appointment offer =
          Appointment.held(
              p.id(),
              fit.get().location().id(),
              entry.motiveId(),
              entry.patientId(),
              relative,
              slot.start(),
              slot.end(),
              now,
              now.plus(offerTtl),
              OptionalLong.of(entry.id()));
      em.persist(offer);
      entry.offered();
      events.publish(AppointmentEvents.hold(EventType.WAITLIST_OFFER_MADE, offer, now));
      // The next entry's search must see this hold as busy.
      Flushes.flushOrExplain(em);
      offers++;
    }
    return offers;
  }

  private Optional<Relative> relative(WaitlistEntry entry) {
    if (entry.relativeId().isEmpty()) {
      return Optional.empty();
    }
    Relative r = em.find(Relative.class, entry.relativeId().getAsLong());
    return r != null && r.isActiveFor(entry.patientId()) ? Optional.of(r) : Optional.empty();
  }

  private boolean refusedByRules(WaitlistEntry entry, Practitioner p, Fit fit, Instant now) {
    return antiHoarding
        .violation(
            new AntiHoardingCheck.Person(entry.patientId(), entry.relativeId()),
            p,
            fit.location().id(),
            fit.slot().start(),
            fit.slot().end(),
            now,
            OptionalLong.empty())
        .isPresent();
  }

  private Optional<Fit> firstFit(Practitioner p, WaitlistEntry entry, Instant now) {
    return p.locations().stream()
        .filter(l -> entry.locationId().isEmpty() || entry.locationId().getAsLong() == l.id())
        .flatMap(l -> fitAt(p, l, entry, now).stream())
        .min(Comparator.comparing((Fit f) -> f.slot().start()));
  }

  private Optional<Fit> fitAt(Practitioner p, Location location, WaitlistEntry entry, Instant now) {
    CalendarReader.Calendar calendar;
    try {
      calendar = calendars.calendar(p, location.id(), entry.motiveId());
    } catch (NotFoundException e) {
      return Optional.empty();
    }
    Instant horizon =
        ZonedDateTime.ofInstant(now, location.zone())
            .plus(calendars.horizon(p, location))
            .toInstant();
    // The engine only returns slots lying wholly in the window: reach past `before` by a day and
    // let the entry's own test keep the starts before it.
    Instant end =
        entry
            .before()
            .map(b -> b.plus(Duration.ofDays(1)))
            .filter(b -> b.isBefore(horizon))
            .orElse(horizon);
    if (!end.isAfter(now)) {
      return Optional.empty();
    }
    return AvailabilityEngine.freeSlots(
            calendars.query(calendar, TimeRange.of(now, end), now, true))
        .stream()
        .filter(s -> entry.wants(location.id(), s.start()))
        .findFirst()
        .map(s -> new Fit(location, calendar, s));
  }
}
