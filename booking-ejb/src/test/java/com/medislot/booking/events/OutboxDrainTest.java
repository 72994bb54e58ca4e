package com.medislot.booking.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The drain's wake-ups, raced: commits keep arriving while drains run, each followed by a request
 * and, when the request says no drain is running, a drain on a pool thread, as after a real commit.
 * Once everything has run, nothing may be left unsent without a poll, and no two rounds may ever
 * overlap on the node.
 */
class OutboxDrainTest {

  private static final int BATCH = 5;

  @Test
  void noCommittedEventWaitsForThePollWhileDrainsRace() throws Exception {
    for (int attempt = 0; attempt < 60; attempt++) {
      AtomicLong pending = new AtomicLong();
      AtomicLong sent = new AtomicLong();
      AtomicInteger inRound = new AtomicInteger();
      AtomicInteger overlaps = new AtomicInteger();
      OutboxDrain drain =
          new OutboxDrain(
              () -> {
                if (inRound.incrementAndGet() > 1) {
                  overlaps.incrementAndGet();
                }
                try {
                  // claim, then send and commit: the window in which a new commit's drain
                  // finds this one running
                  long taken = Math.min(BATCH, pending.get());
                  pending.addAndGet(-taken);
                  Thread.sleep(0, ThreadLocalRandom.current().nextInt(200_000));
                  return (int) taken;
                } catch (InterruptedException e) {
                  throw new IllegalStateException(e);
                } finally {
                  inRound.decrementAndGet();
                }
              },
              BATCH,
              sent::addAndGet);
      ExecutorService committers = Executors.newFixedThreadPool(4);
      ExecutorService relays = Executors.newFixedThreadPool(4);
      try {
        List<Future<?>> commits = new ArrayList<>();
        List<Future<?>> drains = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
          commits.add(
              committers.submit(
                  () -> {
                    pending.addAndGet(ThreadLocalRandom.current().nextInt(1, 4));
                    if (drain.request()) {
                      synchronized (drains) {
                        drains.add(startDrain(relays, drain));
                      }
                    }
                  }));
        }
        for (Future<?> f : commits) {
          f.get(30, TimeUnit.SECONDS);
        }
        synchronized (drains) {
          for (Future<?> f : drains) {
            f.get(30, TimeUnit.SECONDS);
          }
        }
      } finally {
        committers.shutdownNow();
        relays.shutdownNow();
      }
      assertThat(pending.get()).as("events left for the poll, attempt %d", attempt).isZero();
      assertThat(overlaps.get()).as("overlapping rounds").isZero();
      assertThat(sent.get()).isPositive();
    }
  }

  @Test
  void aRequestDuringADrainStartsNoOtherDrainButAnotherRound() throws Exception {
    AtomicLong pending = new AtomicLong(1);
    AtomicInteger rounds = new AtomicInteger();
    CountDownLatch inFirstRound = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    OutboxDrain drain =
        new OutboxDrain(
            () -> {
              // the first round has read the outbox before the second commit
              long taken = pending.getAndSet(0);
              if (rounds.incrementAndGet() == 1) {
                inFirstRound.countDown();
                awaitRelease(release);
              }
              return (int) taken;
            },
            BATCH,
            n -> {});
    assertThat(drain.request()).as("nothing running: the caller starts a drain").isTrue();
    ExecutorService relay = Executors.newSingleThreadExecutor();
    try {
      Future<?> running = startDrain(relay, drain);
      assertThat(inFirstRound.await(10, TimeUnit.SECONDS)).isTrue();
      pending.incrementAndGet(); // a commit while the drain runs
      assertThat(drain.request()).as("a drain is running: it takes the request").isFalse();
      release.countDown();
      running.get(10, TimeUnit.SECONDS);
    } finally {
      relay.shutdownNow();
    }
    assertThat(pending.get()).as("left for the poll").isZero();
    assertThat(rounds.get()).isEqualTo(2);
    assertThat(drain.request()).as("after the drain").isTrue();
  }

  @Test
  void aFailedRoundEndsTheDrainAndTheNextDrainRunsAgain() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    OutboxDrain drain =
        new OutboxDrain(
            () -> {
              if (calls.incrementAndGet() == 1) {
                throw new SQLException("database went away");
              }
              return 0;
            },
            BATCH,
            n -> {});
    drain.request();
    assertThatThrownBy(drain::drain).isInstanceOf(SQLException.class);
    drain.drain();
    assertThat(calls.get()).isEqualTo(2);
  }

  @Test
  void aRoundInProgressTellsHowLongItHasRun() throws Exception {
    AtomicLong clock = new AtomicLong(1_000);
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    OutboxDrain drain =
        new OutboxDrain(
            () -> {
              entered.countDown();
              // a send the broker holds back, as one blocking producers does
              awaitRelease(release);
              return 1;
            },
            BATCH,
            n -> {},
            clock::get);
    assertThat(drain.roundRunningFor()).isEmpty();
    ExecutorService relay = Executors.newSingleThreadExecutor();
    try {
      Future<?> running = startDrain(relay, drain);
      assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
      clock.addAndGet(Duration.ofSeconds(45).toNanos());
      assertThat(drain.roundRunningFor()).contains(Duration.ofSeconds(45));
      release.countDown();
      running.get(10, TimeUnit.SECONDS);
      assertThat(drain.roundRunningFor()).as("after the round").isEmpty();
    } finally {
      relay.shutdownNow();
    }
  }

  /** Runs a drain on {@code pool}, as the relay does after a commit. */
  private static Future<?> startDrain(ExecutorService pool, OutboxDrain drain) {
    return pool.submit(
        () -> {
          drain.drain();
          return null;
        });
  }

  /** Holds a round until the test releases it. */
  private static void awaitRelease(CountDownLatch release) {
    try {
      assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
