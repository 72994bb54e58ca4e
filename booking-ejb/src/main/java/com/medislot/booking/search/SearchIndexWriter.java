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
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Updates search documents through Hibernate and puts them into this node's index on commit.
 *
 * <p>The {@code practitioner_search} row is shared by every node, but each node has its own index,
 * and every node handles every event. The first node to commit stores the new value in the row, so
 * the others load a row that already holds it: Hibernate Search would see no indexed property
 * change and leave their indexes as they were. Each document is therefore added to the indexing
 * plan explicitly, whether or not its row changed.
 */
@Stateless
public class SearchIndexWriter {

  @PersistenceContext(unitName = "search")
  private EntityManager em;

  @Inject private Clock clock;

  /** The next free slot of a practitioner at a location (empty: none in the window). */
  public record Change(long practitionerId, long locationId, Optional<Instant> next) {}

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
    SearchSession search = Search.session(em);
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
                search.indexingPlan().addOrUpdate(d);
              }
            });
  }
}
