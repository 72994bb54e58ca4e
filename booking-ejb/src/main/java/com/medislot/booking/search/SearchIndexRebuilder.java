package com.medislot.booking.search;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

  @PersistenceContext(unitName = "search")
  private EntityManager em;

  /**
   * Rebuilds on a container thread and reports the end to {@code done}: empty when the rebuild
   * succeeded, else what went wrong.
   */
  @Asynchronous
  public void rebuildInBackground(RebuildProgress progress, Consumer<Optional<String>> done) {
    try {
      massIndex(Search.session(em), progress);
      done.accept(Optional.empty());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      done.accept(Optional.of("interrupted"));
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Search index rebuild failed", e);
      done.accept(Optional.of(e.getClass().getSimpleName()));
    }
  }

  /** The one way the index is rebuilt, at start-up and on request. */
  static void massIndex(SearchSession session, MassIndexingMonitor monitor)
      throws InterruptedException {
    session
        .massIndexer(PractitionerDocument.class)
        .threadsToLoadObjects(2)
        .monitor(monitor)
        .startAndWait();
  }
}
