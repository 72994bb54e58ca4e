package com.medislot.booking.search;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Index rebuilds asked for by an administrator: at most one at a time on this node, run in the
 * background, with a status anyone may read while it runs and after it ended.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SearchIndexRebuilds {

  private static final Logger LOG = Logger.getLogger(SearchIndexRebuilds.class.getName());

  @Inject Clock clock;
  @EJB SearchIndexRebuilder rebuilder;

  @Inject
  @ConfigProperty(name = "medislot.search.rebuild.log-interval", defaultValue = "PT10S")
  Duration logInterval;

  private final AtomicReference<RebuildProgress> running = new AtomicReference<>();
  private volatile RebuildStatus last = RebuildStatus.idle();

  /**
   * Starts a rebuild unless one is running already.
   *
   * @return the status of the rebuild now running (this one or the earlier one)
   */
  public RebuildStatus request() {
    RebuildProgress progress = new RebuildProgress(clock, logInterval, LOG::info);
    if (running.compareAndSet(null, progress)) {
      LOG.info("Search index rebuild requested");
      rebuilder.rebuildInBackground(progress, error -> finished(progress, error));
    }
    return status();
  }

  /** The running rebuild's status, else the last one's, else {@link RebuildStatus#idle()}. */
  public RebuildStatus status() {
    RebuildProgress progress = running.get();
    return progress != null ? progress.status() : last;
  }

  private void finished(RebuildProgress progress, Optional<String> error) {
    last =
        progress
            .status()
            .finished(
                error.isEmpty() ? RebuildStatus.State.COMPLETED : RebuildStatus.State.FAILED,
                clock.instant(),
                error);
    running.set(null);
  }
}
