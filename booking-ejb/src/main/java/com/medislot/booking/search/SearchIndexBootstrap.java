package com.medislot.booking.search;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Makes sure the local index matches the database at start-up: a missing, partial or stale index
 * (e.g. kept over a recreated database), one that lacks the stored values results show, or one not
 * known up to when it holds every change ({@link IndexWatermark}), is rebuilt by the mass indexer.
 * An index that is whole gets the documents changed since its watermark indexed again: the changes
 * made by other nodes while this one was stopped.
 */
@Singleton
@Startup
@DependsOn("DemoDataLoader")
public class SearchIndexBootstrap {

  private static final Logger LOG = Logger.getLogger(SearchIndexBootstrap.class.getName());

  @PersistenceContext(unitName = "search")
  private EntityManager em;

  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "medislot.search.index-dir")
  String indexDir;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void ensureIndex() {
    SearchSession session = Search.session(em);
    long rows =
        em.createQuery("SELECT COUNT(d) FROM PractitionerDocument d", Long.class).getSingleResult();
    long indexed =
        session.search(PractitionerDocument.class).where(f -> f.matchAll()).fetchTotalHitCount();
    boolean storesValues = indexed == 0 || storesResultValues(session);
    IndexWatermark watermark = new IndexWatermark(Path.of(indexDir));
    Optional<Instant> upTo = watermark.read();
    if (rows == indexed && storesValues && (upTo.isPresent() || indexed == 0)) {
      // changes other nodes made while this one was stopped never reached its index
      Instant since = upTo.orElse(Instant.EPOCH).minus(SearchIndexRebuilder.CLOCK_SKEW);
      int again = indexed == 0 ? 0 : SearchIndexRebuilder.reindexChangedSince(session, since);
      LOG.info(
          () ->
              "Search index up to date ("
                  + indexed
                  + " documents); indexed again the "
                  + again
                  + " changed since "
                  + since);
      return;
    }
    Instant rebuildStart = clock.instant();
    LOG.info(
        () ->
            "Rebuilding the search index: "
                + indexed
                + " indexed, "
                + rows
                + " in the database"
                + (storesValues ? "" : ", made without the values results show")
                + (upTo.isPresent() ? "" : ", not known up to when it holds every change"));
    long start = System.nanoTime();
    try {
      SearchIndexRebuilder.massIndex(
          session, clock, new RebuildProgress(clock, Duration.ofSeconds(10), LOG::info));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while rebuilding the search index", e);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    LOG.info(() -> "Search index rebuilt: " + rows + " documents in " + millis + " ms");
    try {
      watermark.write(rebuildStart);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Cannot write the index watermark; the next start rebuilds", e);
    }
  }

  /**
   * Whether the index stores what search results show (searches read no database): an index written
   * before those values were stored answers them as null and must be rebuilt.
   */
  private static boolean storesResultValues(SearchSession session) {
    return session
        .search(PractitionerDocument.class)
        .select(f -> f.field("practitionerName", String.class))
        .where(f -> f.matchAll())
        .fetchHits(1)
        .stream()
        .allMatch(name -> name != null);
  }
}
