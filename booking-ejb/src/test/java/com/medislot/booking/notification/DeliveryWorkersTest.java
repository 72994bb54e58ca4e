package com.medislot.booking.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The senders' wake-ups, raced: notifications keep becoming due while workers run, each followed by
 * a request and, unless every worker is busy, a worker on a pool thread, as after a real commit.
 * Once everything has run, nothing may be left undelivered without a poll, and never more than the
 * allowed number of workers may deliver at once.
 */
class DeliveryWorkersTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 3})
  void noDueNotificationWaitsForThePollAndTheSendersNeverExceedTheirNumber(int senders)
      throws Exception {
    for (int attempt = 0; attempt < 20; attempt++) {
      AtomicInteger due = new AtomicInteger();
      AtomicInteger delivered = new AtomicInteger();
      AtomicInteger delivering = new AtomicInteger();
      AtomicInteger peak = new AtomicInteger();
      DeliveryWorkers workers =
          new DeliveryWorkers(
              () -> {
                int now = delivering.incrementAndGet();
                peak.accumulateAndGet(now, Math::max);
                try {
                  // claim one (rows others hold are skipped), then send and commit
                  int left = due.get();
                  while (left > 0 && !due.compareAndSet(left, left - 1)) {
                    left = due.get();
                  }
                  // the claim's transaction ends whether or not it found a row: the window in
                  // which a new commit's wake-up finds every sender busy
                  LockSupport.parkNanos(ThreadLocalRandom.current().nextInt(200_000));
                  if (left <= 0) {
                    return false;
                  }
                  delivered.incrementAndGet();
                  return true;
                } finally {
                  delivering.decrementAndGet();
                }
              },
              senders);
      ExecutorService committers = Executors.newFixedThreadPool(4);
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<?>> commits = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int c = 0; c < 4; c++) {
          commits.add(
              committers.submit(
                  () -> {
                    start.await();
                    for (int i = 0; i < 150; i++) {
                      due.incrementAndGet(); // the intake's commit
                      workers.request();
                      if (!workers.full()) {
                        pool.execute(workers::work);
                      }
                      // commits about as often as a sender delivers: senders often run dry
                      LockSupport.parkNanos(ThreadLocalRandom.current().nextInt(400_000));
                    }
                    return null;
                  }));
        }
        start.countDown();
        for (Future<?> f : commits) {
          f.get(30, TimeUnit.SECONDS);
        }
      } finally {
        committers.shutdown();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
      }
      assertThat(delivered.get())
          .as("attempt %d: delivered without a poll", attempt)
          .isEqualTo(600);
      assertThat(due.get()).isZero();
      assertThat(peak.get())
          .as("attempt %d: workers at once", attempt)
          .isLessThanOrEqualTo(senders);
    }
  }

  @Test
  void aWakeUpThatFindsTheOnlySenderEndingAnEmptyClaimIsNotLost() throws Exception {
    AtomicInteger due = new AtomicInteger();
    CountDownLatch emptyClaim = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicBoolean first = new AtomicBoolean(true);
    DeliveryWorkers workers =
        new DeliveryWorkers(
            () -> {
              boolean found = due.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
              if (!found && first.getAndSet(false)) {
                emptyClaim.countDown();
                try {
                  assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
                } catch (InterruptedException e) {
                  throw new IllegalStateException(e);
                }
              }
              return found;
            },
            1);
    Thread sender = new Thread(workers::work, "sender");
    sender.start();
    assertThat(emptyClaim.await(10, TimeUnit.SECONDS)).isTrue();
    // the sender's claim found nothing and its transaction is ending when a commit stores one
    due.incrementAndGet();
    workers.request();
    assertThat(workers.full()).as("so the committer starts no sender").isTrue();
    release.countDown();
    sender.join(10_000);
    assertThat(sender.isAlive()).isFalse();
    assertThat(due.get()).as("left for the next poll").isZero();
  }

  @Test
  void slowDeliveriesRunOnAsManyWorkersAsAllowed() throws Exception {
    AtomicInteger due = new AtomicInteger(40);
    AtomicInteger delivering = new AtomicInteger();
    AtomicInteger peak = new AtomicInteger();
    DeliveryWorkers workers =
        new DeliveryWorkers(
            () -> {
              if (due.getAndDecrement() <= 0) {
                return false;
              }
              peak.accumulateAndGet(delivering.incrementAndGet(), Math::max);
              try {
                Thread.sleep(5); // an SMTP conversation: waiting, not computing
                return true;
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              } finally {
                delivering.decrementAndGet();
              }
            },
            4);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      for (int i = 0; i < 6; i++) {
        pool.execute(workers::work);
      }
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(peak.get()).isEqualTo(4);
    assertThat(workers.full()).isFalse();
  }

  @Test
  void aFailedDeliveryEndsItsWorkerAndFreesItsPlace() {
    AtomicBoolean fail = new AtomicBoolean(true);
    AtomicInteger due = new AtomicInteger(3);
    DeliveryWorkers workers =
        new DeliveryWorkers(
            () -> {
              if (fail.getAndSet(false)) {
                throw new IllegalStateException("database gone");
              }
              return due.getAndDecrement() > 0;
            },
            1);
    assertThatThrownBy(workers::work).hasMessage("database gone");
    assertThat(workers.full()).isFalse();
    workers.work();
    assertThat(due.get()).isNegative();
  }

  @Test
  void atLeastOneSender() {
    assertThatThrownBy(() -> new DeliveryWorkers(() -> false, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
