package com.medislot.booking.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class WarningGateTest {

  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  private final WarningGate gate = new WarningGate(Duration.ofMinutes(1), nanos::get);

  @Test
  void theFirstWarningPassesThenOnePerInterval() {
    assertThat(gate.claim(false)).isTrue();
    assertThat(gate.claim(false)).isFalse();
    nanos.addAndGet(Duration.ofSeconds(59).toNanos());
    assertThat(gate.claim(false)).isFalse();
    nanos.addAndGet(Duration.ofSeconds(2).toNanos());
    assertThat(gate.claim(false)).isTrue();
    assertThat(gate.claim(false)).isFalse();
  }

  @Test
  void theFirstOfANewSeriesAlwaysPassesAndRestartsTheInterval() {
    assertThat(gate.claim(false)).isTrue();
    nanos.addAndGet(Duration.ofSeconds(10).toNanos());
    assertThat(gate.claim(true)).isTrue();
    nanos.addAndGet(Duration.ofSeconds(55).toNanos());
    assertThat(gate.claim(false)).as("within a minute of the series' first").isFalse();
  }

  @Test
  void ofManyThreadsAskingAtOnceOnlyOneIsLetThrough() throws Exception {
    WarningGate shared = new WarningGate(Duration.ofMinutes(1));
    int threads = 16;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger passed = new AtomicInteger();
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      done.add(
          pool.submit(
              () -> {
                start.await();
                for (int k = 0; k < 1_000; k++) {
                  if (shared.claim(false)) {
                    passed.incrementAndGet();
                  }
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    assertThat(passed).hasValue(1);
  }

  @Test
  void anEmptyIntervalIsRefused() {
    assertThatThrownBy(() -> new WarningGate(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
