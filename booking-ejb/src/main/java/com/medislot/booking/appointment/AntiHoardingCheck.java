package com.medislot.booking.appointment;

import com.medislot.booking.country.CountryCatalog;
import com.medislot.booking.errors.BookingRuleException;
import com.medislot.booking.practitioner.Location;
import com.medislot.booking.practitioner.Practitioner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Applies {@link AntiHoarding} of the location's country to one person (the patient, or one of
 * their relatives) on the live data. Callers hold the patient's lock, so two concurrent requests of
 * one patient cannot both slip under a limit.
 */
@ApplicationScoped
public class AntiHoardingCheck {

  @PersistenceContext(unitName = "booking")
  private EntityManager em;

  @Inject private CountryCatalog countries;

  /** The person an appointment is for: the account's holder or one of its relatives. */
  public record Person(long patientId, OptionalLong relativeId) {}

  /**
   * @param ignoring a row of the person that does not count (the one being moved or confirmed)
   * @throws BookingRuleException naming the rule that refuses it
   */
  public void check(
      Person person,
      Practitioner p,
      long locationId,
      Instant start,
      Instant end,
      Instant now,
      OptionalLong ignoring) {
    violation(person, p, locationId, start, end, now, ignoring)
        .ifPresent(
            v -> {
              throw new BookingRuleException(v.rule(), v.message());
            });
  }

  /** As {@link #check}, answering instead of throwing. */
  public Optional<AntiHoarding.Violation> violation(
      Person person,
      Practitioner p,
      long locationId,
      Instant start,
      Instant end,
      Instant now,
      OptionalLong ignoring) {
    Optional<AntiHoarding> rules = rules(p, locationId);
    if (rules.isEmpty()) {
      return Optional.empty();
    }
    AntiHoarding.Booking wanted =
        new AntiHoarding.Booking(p.id(), p.specialty().code(), start, end);
    return rules.get().check(wanted, existing(person, start, now, rules.get(), ignoring), now);
  }

  private Optional<AntiHoarding> rules(Practitioner p, long locationId) {
    return p.locations().stream()
        .filter(l -> l.id() == locationId)
        .findFirst()
        .map(Location::countryCode)
        .flatMap(countries::definition)
        .map(d -> d.bookingRules())
        .map(r -> new AntiHoarding(r.maxUpcomingPerPractitioner(), r.sameSpecialtyMinDays()));
  }

  private List<AntiHoarding.Booking> existing(
      Person person, Instant start, Instant now, AntiHoarding rules, OptionalLong ignoring) {
    Instant spacingFrom = start.minus(rules.lookBack());
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT a.id, a.practitioner_id, pr.specialty_code,"
                    + " CAST(EXTRACT(EPOCH FROM a.start_at) AS bigint),"
                    + " CAST(EXTRACT(EPOCH FROM a.end_at) AS bigint)"
                    + " FROM appointment a JOIN practitioner pr ON pr.id = a.practitioner_id"
                    + " WHERE a.patient_id = ?1 AND COALESCE(a.relative_id, 0) = ?2"
                    + " AND (a.status = 'CONFIRMED'"
                    + "      OR (a.status = 'HELD' AND a.expires_at > CAST(?3 AS timestamptz)))"
                    + " AND (a.end_at > CAST(?3 AS timestamptz)"
                    + "      OR a.start_at > CAST(?4 AS timestamptz))")
            .setParameter(1, person.patientId())
            .setParameter(2, person.relativeId().orElse(0L))
            .setParameter(3, now.toString())
            .setParameter(4, spacingFrom.toString())
            .getResultList();
    return rows.stream()
        .filter(r -> ignoring.isEmpty() || ((Number) r[0]).longValue() != ignoring.getAsLong())
        .map(
            r ->
                new AntiHoarding.Booking(
                    ((Number) r[1]).longValue(),
                    (String) r[2],
                    Instant.ofEpochSecond(((Number) r[3]).longValue()),
                    Instant.ofEpochSecond(((Number) r[4]).longValue())))
        .toList();
  }
}
