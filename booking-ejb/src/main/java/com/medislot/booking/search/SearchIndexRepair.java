package com.medislot.booking.search;

import com.medislot.booking.infrastructure.WarningGate;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Brings this node's index back in line with the database after index writes failed ({@link
 * IndexingFailures}). Every {@code medislot.search.repair-interval} it looks whether a failure
 * happened since its last look; if so, it indexes again every document changed since its last look
 * that saw none, less {@link SearchIndexRebuilder#CLOCK_SKEW} (a failed commit can lose writes made
 * shortly before it). While the index still fails, so does the repair, and the next tick tries
 * again from the same point; a failure during a repair means another one.
 *
 * <p>Nothing is lost meanwhile: the documents' rows hold the truth and carry the time of their last
 * change. Searches in the meantime fail over to the stale answers of the hot-query cache.
 *
 * <p>Its first tick also indexes again what changed while the node started, between {@link
 * SearchIndexBootstrap}'s catch-up and the moment this node's event listener was subscribed. Each
 * tick that finds the index whole moves the {@link IndexWatermark} on.
 */
@Singleton
@Startup
@DependsOn("SearchIndexBootstrap")
public class SearchIndexRepair {

  private static final Logger LOG = Logger.getLogger(SearchIndexRepair.class.getName());

  @Resource private TimerService timers;

  @EJB private SearchIndexRebuilder rebuilder;

  @Inject private Clock clock;

  @Inject MetricRegistry metrics;

  @Inject
  @ConfigProperty(name = "medislot.search.repair-interval", defaultValue = "PT5S")
  Duration interval;

  private final WarningGate warnings = new WarningGate(Duration.ofMinutes(1));

  /** The failure count the index is known to be whole for. */
  private volatile long repairedUpTo;

  /** The last tick that found no new failure: everything indexed before it was written. */
  private volatile Instant wholeAt;

  private volatile boolean failing;

  /** Until the first tick: what changed while the node started is still to be indexed again. */
  private volatile boolean starting = true;

  @Inject
  @ConfigProperty(name = "medislot.search.index-dir")
  String indexDir;

  private IndexWatermark watermark;

  @PostConstruct
  void start() {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalStateException("medislot.search.repair-interval must be positive");
    }
    repairedUpTo = IndexingFailures.count();
    wholeAt = clock.instant();
    watermark = new IndexWatermark(Path.of(indexDir));
    metrics.gauge(
        Metadata.builder()
            .withName("medislot.search.index_write_failures")
            .withDescription("Failed writes to this node's search index since it started")
            .build(),
        IndexingFailures::count);
    metrics.gauge(
        Metadata.builder()
            .withName("medislot.search.index_repair_pending")
            .withDescription(
                "1 while this node's search index may lack changes a failed write lost, else 0")
            .build(),
        () -> IndexingFailures.count() == repairedUpTo ? 0 : 1);
    long millis = interval.toMillis();
    timers.createIntervalTimer(millis, millis, new TimerConfig("search-index-repair", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick() {
    long failures = IndexingFailures.count();
    Instant now = clock.instant();
    if (failures == repairedUpTo && !starting) {
      wholeAt = now;
      moveWatermark(now);
      return;
    }
    Instant since = wholeAt.minus(SearchIndexRebuilder.CLOCK_SKEW);
    int indexed;
    try {
      indexed = rebuilder.indexAgainChangedSince(since);
    } catch (RuntimeException e) {
      if (warnings.claim(!failing)) {
        LOG.log(Level.WARNING, "Repairing the search index failed; retrying", e);
      }
      failing = true;
      return;
    }
    failing = false;
    if (IndexingFailures.count() != failures) {
      return; // a write failed meanwhile, maybe one of this repair's: again at the next tick
    }
    String why =
        failures != repairedUpTo ? "repaired after failed writes" : "caught up with the start-up";
    repairedUpTo = failures;
    wholeAt = now;
    moveWatermark(now);
    IndexingFailures.repaired();
    starting = false;
    LOG.info(
        () ->
            "Search index "
                + why
                + ": indexed again the "
                + indexed
                + " documents changed since "
                + since);
  }

  private void moveWatermark(Instant upTo) {
    try {
      watermark.write(upTo);
    } catch (IOException e) {
      if (warnings.claim(false)) {
        LOG.log(Level.WARNING, "Cannot write the index watermark", e);
      }
    }
  }
}
