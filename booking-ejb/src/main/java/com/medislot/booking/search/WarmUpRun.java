package com.medislot.booking.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A number of searches run on a few threads, at most for a while, and then done: the warm-up's
 * mechanics, without the container ({@link SearchWarmUp}). The first failing search ends it (an
 * index that fails is the outage handling's business, not the warm-up's); so does its deadline.
 */
final class WarmUpRun {

  private static final Logger LOG = Logger.getLogger(WarmUpRun.class.getName());

  /** How the run ended. */
  enum Outcome {
    RUNNING,
    ALL_MADE,
    OUT_OF_TIME,
    FAILED
  }

  private final int queries;
  private final Duration maxDuration;
  private final int threads;
  private final Clock clock;
  private final AtomicInteger claimed = new AtomicInteger();
  private final AtomicInteger made = new AtomicInteger();
  private final AtomicReference<Outcome> outcome = new AtomicReference<>(Outcome.RUNNING);
  private final AtomicInteger running;
  private final CountDownLatch finished;
  private volatile Instant startedAt;
  private volatile Duration took;

  /**
   * @param queries how many searches to make; 0 makes the run done at once
   * @param maxDuration the run stops when this has passed, whatever is left
   * @param threads how many threads search at once; at least one
   */
  WarmUpRun(int queries, Duration maxDuration, int threads, Clock clock) {
    if (queries < 0 || threads < 1 || maxDuration.isNegative()) {
      throw new IllegalArgumentException("queries >= 0, threads >= 1, a duration >= 0");
    }
    this.queries = queries;
    this.maxDuration = maxDuration;
    this.threads = threads;
    this.clock = clock;
    this.running = new AtomicInteger(threads);
    this.finished = new CountDownLatch(queries == 0 ? 0 : 1);
    if (queries == 0) {
      outcome.set(Outcome.ALL_MADE);
    }
  }

  /**
   * Starts the threads, each making searches from {@code queries} with its own random source and
   * handing them to {@code search}; {@code whenDone} is told once, by the last thread to stop,
   * before the run counts as done.
   */
  void start(
      ThreadFactory threadFactory,
      WarmUpQueries source,
      Consumer<SearchCriteria> search,
      Consumer<WarmUpRun> whenDone) {
    startedAt = clock.instant();
    if (queries == 0) {
      took = Duration.ZERO;
      whenDone.accept(this);
      return;
    }
    Instant deadline = startedAt.plus(maxDuration);
    for (int t = 0; t < threads; t++) {
      SplittableRandom random = new SplittableRandom(31L * t + 7);
      Thread thread =
          threadFactory.newThread(
              () -> {
                try {
                  searchUntilDone(source, search, random, deadline);
                } finally {
                  if (running.decrementAndGet() == 0) {
                    outcome.compareAndSet(Outcome.RUNNING, Outcome.ALL_MADE);
                    took = Duration.between(startedAt, clock.instant());
                    try {
                      whenDone.accept(this);
                    } finally {
                      finished.countDown();
                    }
                  }
                }
              });
      thread.setName("medislot-search-warm-up-" + t);
      thread.setDaemon(true);
      thread.start();
    }
  }

  private void searchUntilDone(
      WarmUpQueries source,
      Consumer<SearchCriteria> search,
      SplittableRandom random,
      Instant deadline) {
    while (outcome.get() == Outcome.RUNNING && claimed.incrementAndGet() <= queries) {
      Instant now = clock.instant();
      if (!now.isBefore(deadline)) {
        outcome.compareAndSet(Outcome.RUNNING, Outcome.OUT_OF_TIME);
        return;
      }
      try {
        search.accept(source.next(random, now));
        made.incrementAndGet();
      } catch (RuntimeException e) {
        if (outcome.compareAndSet(Outcome.RUNNING, Outcome.FAILED)) {
          LOG.log(Level.WARNING, "Search warm-up stopped: a search failed", e);
        }
        return;
      }
    }
  }

  boolean done() {
    return finished.getCount() == 0;
  }

  Outcome outcome() {
    return outcome.get();
  }

  /** The searches made so far. */
  int made() {
    return made.get();
  }

  /** Waits at most {@code limit} for the run to end; whether it did. */
  boolean await(Duration limit) throws InterruptedException {
    return finished.await(limit.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** One line for the log and the health check. */
  String describe() {
    String state =
        switch (outcome()) {
          case RUNNING -> "running";
          case ALL_MADE -> "done";
          case OUT_OF_TIME -> "stopped at its time limit of " + maxDuration.toSeconds() + " s";
          case FAILED -> "stopped by a failing search";
        };
    return String.format(
        "%s: %,d of %,d searches on %d threads%s",
        state,
        made(),
        queries,
        threads,
        took == null ? "" : String.format(" in %.1f s", took.toMillis() / 1000.0));
  }
}
