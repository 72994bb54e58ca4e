package com.medislot.booking.patient;

import com.medislot.booking.errors.InvalidInputException;
import com.medislot.booking.errors.NotFoundException;
import com.medislot.booking.errors.RuleViolationException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** A patient's relatives: list, add, remove. Another account's relative does not exist. */
@Stateless
public class RelativeService {

  /** More than this many live relatives per account is refused. */
  static final int MAX_PER_ACCOUNT = 20;

  @PersistenceContext(unitName = "booking")
  private EntityManager em;

  @Inject private Clock clock;

  public List<RelativeView> list(long accountId) {
    return em.createQuery(
            "SELECT r FROM Relative r WHERE r.accountId = :a AND r.removedAt IS NULL ORDER BY r.id",
            Relative.class)
        .setParameter("a", accountId)
        .getResultStream()
        .map(RelativeView::of)
        .toList();
  }

  /**
   * @throws InvalidInputException a birth date in the future
   * @throws RuleViolationException the account already has the maximum number of relatives
   */
  public RelativeView add(
      long accountId,
      String firstName,
      String lastName,
      LocalDate birthDate,
      Relationship relationship) {
    Instant now = clock.instant();
    if (birthDate.isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1))) {
      throw new InvalidInputException("birthDate", "must not be in the future");
    }
    long count =
        em.createQuery(
                "SELECT COUNT(r) FROM Relative r WHERE r.accountId = :a AND r.removedAt IS NULL",
                Long.class)
            .setParameter("a", accountId)
            .getSingleResult();
    if (count >= MAX_PER_ACCOUNT) {
      throw new RuleViolationException(
          "relatives", "An account may book for at most " + MAX_PER_ACCOUNT + " relatives");
    }
    Relative r =
        new Relative(accountId, firstName.trim(), lastName.trim(), birthDate, relationship, now);
    em.persist(r);
    em.flush();
    return RelativeView.of(r);
  }

  /**
   * Removes a relative; its past and upcoming appointments stay.
   *
   * @throws NotFoundException unknown, removed, or another account's
   */
  public void remove(long accountId, long relativeId) {
    owned(accountId, relativeId).remove(clock.instant());
  }

  /**
   * The account's live relative, for booking on its behalf.
   *
   * @throws NotFoundException unknown, removed, or another account's
   */
  public Relative owned(long accountId, long relativeId) {
    Relative r = em.find(Relative.class, relativeId);
    if (r == null || !r.isActiveFor(accountId)) {
      throw new NotFoundException("Relative", relativeId);
    }
    return r;
  }

  /** The relative named by an optional id, resolved as {@link #owned(long, long)}. */
  public Optional<Relative> owned(long accountId, OptionalLong relativeId) {
    return relativeId.isPresent()
        ? Optional.of(owned(accountId, relativeId.getAsLong()))
        : Optional.empty();
  }
}
