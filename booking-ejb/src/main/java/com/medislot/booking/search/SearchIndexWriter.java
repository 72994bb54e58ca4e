package com.medislot.booking.search;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Updates search documents through Hibernate, so the index follows on commit. */
@Stateless
public class SearchIndexWriter {

  @PersistenceContext(unitName = "search")
  private EntityManager em;

  @Inject private Clock clock;

  /** The next free slot of a practitioner at a location (empty: none in the window). */
  public record Change(long practitionerId, long locationId, Optional<Instant> next) {}

  /** Sets the next free slot of a practitioner at a location. */
  public void availabilityChanged(long practitionerId, long locationId, Optional<Instant> next) {
    availabilityChanged(List.of(new Change(practitionerId, locationId, next)));
  }

  /** Sets the next free slots of several practitioners, reading their documents in one query. */
  public void availabilityChanged(List<Change> changes) {
    if (changes.isEmpty()) {
      return;
    }
    Map<List<Long>, Change> byPlace = new HashMap<>();
    changes.forEach(c -> byPlace.put(List.of(c.practitionerId(), c.locationId()), c));
    Set<Long> practitioners = new HashSet<>();
    changes.forEach(c -> practitioners.add(c.practitionerId()));
    Instant now = clock.instant();
    em.createQuery(
            "SELECT d FROM PractitionerDocument d WHERE d.practitionerId IN :p",
            PractitionerDocument.class)
        .setParameter("p", practitioners)
        .getResultStream()
        .forEach(
            d -> {
              Change c = byPlace.get(List.of(d.practitionerId(), d.locationId()));
              if (c != null) {
                d.availabilityChanged(c.next(), now);
              }
            });
  }
}
