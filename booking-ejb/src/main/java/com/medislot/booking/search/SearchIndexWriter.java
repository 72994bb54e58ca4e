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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Updates search documents through Hibernate, so that this node's index follows on commit.
 *
 * <p>The {@code practitioner_search} row is shared by every node, but each node has its own index,
 * and every node handles every event. The first node to commit stores the new value in the row, so
 * the others load a row that already holds it, and Hibernate Search, seeing no indexed property
 * change, would leave their indexes as they were. So when the row already holds the value, this
 * node's index is asked what it holds, and the document is indexed again if that differs. Nothing
 * is written when both already agree: most bookings leave a practitioner's next availability as it
 * was.
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
    apply(em, changes, clock.instant());
  }

  /**
   * {@link #availabilityChanged} on the given persistence context of the "search" unit, inside its
   * current transaction.
   */
  static void apply(EntityManager em, List<Change> changes, Instant now) {
    if (changes.isEmpty()) {
      return;
    }
    Map<List<Long>, Change> byPlace = new HashMap<>();
    changes.forEach(c -> byPlace.put(List.of(c.practitionerId(), c.locationId()), c));
    Set<Long> practitioners = new HashSet<>();
    changes.forEach(c -> practitioners.add(c.practitionerId()));
    List<PractitionerDocument> documents =
        em.createQuery(
                "SELECT d FROM PractitionerDocument d WHERE d.practitionerId IN :p",
                PractitionerDocument.class)
            .setParameter("p", practitioners)
            .getResultList();
    SearchSession search = Search.session(em);
    Map<Long, Instant> indexed = null; // read on first need
    for (PractitionerDocument d : documents) {
      Change c = byPlace.get(List.of(d.practitionerId(), d.locationId()));
      if (c == null) {
        continue;
      }
      if (!d.nextAvailable().equals(c.next())) {
        d.availabilityChanged(c.next(), now); // an indexed property changes: indexed on commit
        continue;
      }
      if (indexed == null) {
        indexed = indexedNextAvailable(search, documents);
      }
      if (!indexed.containsKey(d.id())
          || !Objects.equals(indexed.get(d.id()), d.nextAvailable().orElse(null))) {
        search.indexingPlan().addOrUpdate(d);
      }
    }
  }

  /** What this node's index holds as next availability, by document id (absent: not indexed). */
  private static Map<Long, Instant> indexedNextAvailable(
      SearchSession search, List<PractitionerDocument> documents) {
    List<Long> ids = documents.stream().map(PractitionerDocument::id).toList();
    Map<Long, Instant> indexed = new HashMap<>();
    search
        .search(PractitionerDocument.class)
        .select(f -> f.composite(f.id(Long.class), f.field("nextAvailable", Instant.class)))
        .where(f -> f.id().matchingAny(ids))
        .fetchHits(ids.size())
        .forEach(r -> indexed.put((Long) r.get(0), (Instant) r.get(1)));
    return indexed;
  }
}
