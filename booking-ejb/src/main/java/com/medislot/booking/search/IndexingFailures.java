package com.medislot.booking.search;

import com.medislot.booking.infrastructure.WarningGate;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.engine.reporting.EntityIndexingFailureContext;
import org.hibernate.search.engine.reporting.FailureContext;
import org.hibernate.search.engine.reporting.FailureHandler;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;

/**
 * This node's count of failed index writes, which {@link SearchIndexRepair} watches to index again
 * what a failure may have lost.
 *
 * <p>Index writes happen after the database commit, so a write that fails (a full disk, a broken
 * index directory, an Elasticsearch cluster away) cannot undo the change it was meant to index: the
 * database holds the truth and this node's index falls behind. Hibernate Search reports such
 * failures in two places, both hooked here through the "search" persistence unit's settings:
 *
 * <ul>
 *   <li>{@link Synchronization}: the outcome of each transaction's index writes. It waits until the
 *       writes are searchable, as Hibernate Search's {@code read-sync} does, but a failure is
 *       counted and logged instead of thrown at a caller whose transaction has already committed.
 *   <li>{@link Handler}: failures in the background, for instance an index writer reset after a
 *       failed commit, which may lose writes that had already been reported as done.
 * </ul>
 *
 * <p>The state is per node (per deployment of the application), as the Lucene index is. Hibernate
 * Search creates both hooks itself, so they reach it statically.
 */
public final class IndexingFailures {

  private static final Logger LOG = Logger.getLogger(IndexingFailures.class.getName());

  private static final AtomicLong COUNT = new AtomicLong();

  /** False from a failure until a repair succeeded: the next failure then starts a new series. */
  private static final AtomicBoolean HEALTHY = new AtomicBoolean(true);

  private static final WarningGate WARNINGS = new WarningGate(Duration.ofMinutes(1));

  private IndexingFailures() {}

  /** Index write failures on this node so far. */
  public static long count() {
    return COUNT.get();
  }

  /** Told by the repair that the index holds everything again. */
  static void repaired() {
    HEALTHY.set(true);
  }

  /** Counts a failure and logs it, the first of a series at once, then once a minute. */
  static void record(String what, Throwable cause) {
    COUNT.incrementAndGet();
    if (WARNINGS.claim(HEALTHY.getAndSet(false))) {
      LOG.log(
          Level.WARNING,
          what + "; the database holds the change, and the index is repaired once it works again",
          cause);
    } else {
      LOG.log(Level.FINE, what, cause);
    }
  }

  /**
   * Hibernate Search's {@code read-sync} (no disk commit per transaction, wait until searchable),
   * counting failures instead of throwing them.
   */
  public static final class Synchronization implements IndexingPlanSynchronizationStrategy {

    @Override
    public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
      context.documentCommitStrategy(DocumentCommitStrategy.NONE);
      context.documentRefreshStrategy(DocumentRefreshStrategy.FORCE);
      context.indexingFutureHandler(Synchronization::await);
    }

    private static void await(CompletableFuture<? extends SearchIndexingPlanExecutionReport> f) {
      SearchIndexingPlanExecutionReport report;
      try {
        report = f.join();
      } catch (RuntimeException e) {
        record("Writing to the search index failed", e);
        return;
      }
      report
          .throwable()
          .ifPresent(
              t -> record("Writing to the search index failed for " + report.failingEntities(), t));
    }
  }

  /** Hibernate Search's background failure handler: counts and logs. */
  public static final class Handler implements FailureHandler {

    @Override
    public void handle(FailureContext context) {
      record("Search index failure in " + context.failingOperation(), context.throwable());
    }

    @Override
    public void handle(EntityIndexingFailureContext context) {
      record("Indexing failed for " + context.failingEntityReferences(), context.throwable());
    }
  }
}
