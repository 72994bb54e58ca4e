package com.medislot.booking.appointment;

import com.medislot.booking.errors.ConflictException;
import com.medislot.booking.errors.NotFoundException;
import com.medislot.booking.errors.RuleViolationException;
import com.medislot.booking.patient.RelativeService;
import com.medislot.booking.practitioner.Practitioner;
import com.medislot.booking.practitioner.VisitMotive;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A patient's place on practitioners' waiting lists. Offers are made by {@link WaitlistMatcher}
 * when a slot frees up and arrive as holds.
 */
@Stateless
public class WaitlistService {

  /** Entries one patient may have in line at once. */
  static final int MAX_ACTIVE_PER_PATIENT = 10;

  @PersistenceContext(unitName = "booking")
  private EntityManager em;

  @Inject private Locks locks;
  @Inject private RelativeService relatives;
  @Inject private Clock clock;

  /** What a patient asks to wait for. */
  public record Wish(
      long practitionerId,
      long motiveId,
      OptionalLong locationId,
      Optional<Instant> before,
      OptionalLong relativeId) {}

  /**
   * Puts the patient in line.
   *
   * @throws NotFoundException unknown practitioner, motive, location (of that practitioner), or
   *     relative
   * @throws RuleViolationException {@code before} is not in the future, or too many entries
   * @throws ConflictException the patient already waits for this practitioner and motive
   */
  public WaitlistView join(long patientId, Wish wish) {
    locks.patient(patientId);
    relatives.owned(patientId, wish.relativeId());
    Practitioner p = em.find(Practitioner.class, wish.practitionerId());
    if (p == null) {
      throw new NotFoundException("Practitioner", wish.practitionerId());
    }
    VisitMotive motive = em.find(VisitMotive.class, wish.motiveId());
    if (motive == null || motive.practitionerId() != p.id()) {
      throw new NotFoundException("Visit motive", wish.motiveId());
    }
    if (wish.locationId().isPresent() && !p.worksAt(wish.locationId().getAsLong())) {
      throw new NotFoundException("Location", wish.locationId().getAsLong());
    }
    Instant now = clock.instant();
    if (wish.before().isPresent() && !wish.before().get().isAfter(now)) {
      throw new RuleViolationException("before", "must be in the future");
    }
    List<WaitlistEntry> mine =
        em.createQuery(
                "SELECT w FROM WaitlistEntry w WHERE w.patientId = :p AND w.status IN :live",
                WaitlistEntry.class)
            .setParameter("p", patientId)
            .setParameter("live", List.of(WaitlistStatus.ACTIVE, WaitlistStatus.OFFERED))
            .getResultList();
    boolean duplicate =
        mine.stream()
            .anyMatch(
                w ->
                    w.practitionerId() == p.id()
                        && w.motiveId() == motive.id()
                        && w.relativeId().equals(wish.relativeId()));
    if (duplicate) {
      throw new ConflictException(
          "practitionerId", "Already on this practitioner's waiting list for this motive");
    }
    if (mine.size() >= MAX_ACTIVE_PER_PATIENT) {
      throw new RuleViolationException(
          "waitlist", "At most " + MAX_ACTIVE_PER_PATIENT + " waiting-list entries at once");
    }
    WaitlistEntry entry =
        new WaitlistEntry(
            patientId,
            wish.relativeId(),
            p.id(),
            motive.id(),
            wish.locationId(),
            wish.before(),
            now);
    em.persist(entry);
    em.flush();
    return WaitlistView.of(entry);
  }

  /** The patient's entries still in line or holding an offer, oldest first. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<WaitlistView> list(long patientId) {
    return em.createQuery(
            "SELECT w FROM WaitlistEntry w WHERE w.patientId = :p AND w.status IN :live"
                + " ORDER BY w.id",
            WaitlistEntry.class)
        .setParameter("p", patientId)
        .setParameter("live", List.of(WaitlistStatus.ACTIVE, WaitlistStatus.OFFERED))
        .getResultStream()
        .map(WaitlistView::of)
        .toList();
  }

  /**
   * Leaves the list; an offer already made stays the patient's until it is confirmed or expires.
   *
   * @throws NotFoundException unknown or someone else's
   */
  public void leave(long patientId, long entryId) {
    WaitlistEntry entry = em.find(WaitlistEntry.class, entryId);
    if (entry == null || entry.patientId() != patientId) {
      throw new NotFoundException("Waiting-list entry", entryId);
    }
    entry.leave();
  }
}
