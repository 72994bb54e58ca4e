package com.medislot.booking.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;

/**
 * Follows a mass indexing: counts documents, reports documents/s and the time left every {@code
 * interval} through {@code log}, and gives a {@link RebuildStatus} at any moment. Thread-safe (the
 * mass indexer calls it from its own threads).
 */
public final class RebuildProgress implements MassIndexingMonitor {

  private final Clock clock;
  private final Duration interval;
  private final Consumer<String> log;
  private final Instant startedAt;
  private final AtomicLong total = new AtomicLong();
  private final AtomicLong indexed = new AtomicLong();
  private final AtomicLong nextReportMillis;

  public RebuildProgress(Clock clock, Duration interval, Consumer<String> log) {
    this.clock = Objects.requireNonNull(clock);
    this.interval = Objects.requireNonNull(interval);
    this.log = Objects.requireNonNull(log);
    this.startedAt = clock.instant();
    this.nextReportMillis = new AtomicLong(startedAt.plus(interval).toEpochMilli());
  }

  @Override
  public void documentsAdded(long increment) {
    indexed.addAndGet(increment);
    long now = clock.millis();
    long due = nextReportMillis.get();
    if (now >= due && nextReportMillis.compareAndSet(due, now + interval.toMillis())) {
      log.accept(describe(status()));
    }
  }

  @Override
  public void documentsBuilt(long increment) {
    // counted when added to the index
  }

  @Override
  public void entitiesLoaded(long increment) {
    // counted when added to the index
  }

  @Override
  public void addToTotalCount(long increment) {
    total.addAndGet(increment);
  }

  @Override
  public void indexingCompleted() {
    log.accept("Search index rebuild done: " + describe(status()));
  }

  /** The rebuild as it stands now. */
  public RebuildStatus status() {
    long done = indexed.get();
    long all = total.get();
    double seconds = Duration.between(startedAt, clock.instant()).toMillis() / 1000.0;
    double rate = seconds > 0 ? done / seconds : 0;
    Optional<Duration> eta =
        rate > 0 && all >= done
            ? Optional.of(Duration.ofMillis(Math.round((all - done) / rate * 1000)))
            : Optional.empty();
    return new RebuildStatus(
        RebuildStatus.State.RUNNING,
        Optional.of(startedAt),
        Optional.empty(),
        all,
        done,
        rate,
        eta,
        Optional.empty());
  }

  static String describe(RebuildStatus s) {
    return String.format(
        java.util.Locale.ROOT,
        "%d/%d documents, %.0f documents/s, ETA %s",
        s.documentsIndexed(),
        s.documentsTotal(),
        s.documentsPerSecond(),
        s.eta().map(d -> d.toSeconds() + " s").orElse("unknown"));
  }
}
