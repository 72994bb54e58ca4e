package com.medislot.booking.search;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Updates search documents through Hibernate, so the index follows on commit. */
@Stateless
public class SearchIndexWriter {

  @PersistenceContext(unitName = "search")
  private EntityManager em;

  @Inject private Clock clock;

  /** Sets the next free slot of a practitioner at a location. */
  public void availabilityChanged(long practitionerId, long locationId, Optional<Instant> next) {
    em.createQuery(
            "SELECT d FROM PractitionerDocument d WHERE d.practitionerId = :p AND d.locationId = :l",
            PractitionerDocument.class)
        .setParameter("p", practitionerId)
        .setParameter("l", locationId)
        .getResultStream()
        .forEach(d -> d.availabilityChanged(next, clock.instant()));
  }
}
