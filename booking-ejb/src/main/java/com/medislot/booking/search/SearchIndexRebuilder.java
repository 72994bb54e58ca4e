package com.medislot.booking.search;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;

/**
 * Rebuilds the search index from the database with Hibernate Search's mass indexer: the index is
 * purged, then every {@link PractitionerDocument} is loaded and indexed. Searches made meanwhile
 * see a partial index. Runs outside any transaction (the mass indexer manages its own).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexRebuilder {

  private static final Logger LOG = Logger.getLogger(SearchIndexRebuilder.class.getName());

  /** How far the nodes' clocks (which stamp the documents' changes) may disagree. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

  private static final int REINDEX_BATCH = 500;

  @Inject private Clock clock;

  @PersistenceContext(unitName = "search")
  private EntityManager em;

  /**
   * Rebuilds on a container thread and reports the end to {@code done}: empty when the rebuild
   * succeeded, else what went wrong.
   */
  @Asynchronous
  public void rebuildInBackground(RebuildProgress progress, Consumer<Optional<String>> done) {
    try {
      massIndex(Search.session(em), clock, progress);
      done.accept(Optional.empty());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      done.accept(Optional.of("interrupted"));
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Search index rebuild failed", e);
      done.accept(Optional.of(e.getClass().getSimpleName()));
    }
  }

  /**
   * Indexes again, as updates, the documents changed since {@code since}: what {@link
   * SearchIndexRepair} does once the index works after a failure.
   *
   * @return how many documents were indexed again
   */
  public int indexAgainChangedSince(Instant since) {
    return reindexChangedSince(Search.session(em), since);
  }

  /**
   * The one way the index is rebuilt, at start-up and on request. The mass indexer purges the index
   * and then adds each document without deleting first; a document whose row changes meanwhile is
   * also written by that change, and may end up in the index twice (both entries found by searches,
   * one possibly out of date). So the documents changed since just before the start are indexed
   * again afterwards as updates, which leaves one entry each, from the row as it is now.
   */
  static void massIndex(SearchSession session, Clock clock, MassIndexingMonitor monitor)
      throws InterruptedException {
    Instant since = clock.instant().minus(CLOCK_SKEW);
    session
        .massIndexer(PractitionerDocument.class)
        .threadsToLoadObjects(2)
        .monitor(monitor)
        .startAndWait();
    int again = reindexChangedSince(session, since);
    if (again > 0) {
      LOG.info(() -> "Indexed again " + again + " documents changed during the rebuild");
    }
  }

  /**
   * Updates the index entries of the documents changed since {@code since}, in batches.
   *
   * @return how many documents were indexed again
   */
  static int reindexChangedSince(SearchSession session, Instant since) {
    EntityManager em = session.toEntityManager();
    List<Long> ids =
        em.createQuery(
                "SELECT d.id FROM PractitionerDocument d WHERE d.updatedAt >= :since", Long.class)
            .setParameter("since", since)
            .getResultList();
    for (int from = 0; from < ids.size(); from += REINDEX_BATCH) {
      List<Long> batch = ids.subList(from, Math.min(ids.size(), from + REINDEX_BATCH));
      em.createQuery(
              "SELECT d FROM PractitionerDocument d WHERE d.id IN :ids", PractitionerDocument.class)
          .setParameter("ids", batch)
          .getResultList()
          .forEach(d -> session.indexingPlan().addOrUpdate(d));
      session.indexingPlan().execute();
      em.clear();
    }
    return ids.size();
  }
}
