package com.medislot.booking.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EventIdsTest {

  private static final Instant TIME = Instant.parse("2026-11-26T09:45:12.345Z");

  @Test
  void anIdIsAVersion7UuidCarryingTheEventsMillisecond() {
    UUID id = EventIds.at(TIME);

    assertThat(id.version()).isEqualTo(7);
    assertThat(id.variant()).isEqualTo(2); // RFC 9562
    assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(TIME.toEpochMilli());
  }

  @Test
  void theRandomBitsAreTheGeneratorsAndTheFixedBitsStayFixed() {
    UUID allOnes = EventIds.of(TIME.toEpochMilli(), new AllBits(-1L));
    UUID allZeros = EventIds.of(TIME.toEpochMilli(), new AllBits(0L));

    assertThat(allOnes.version()).isEqualTo(7);
    assertThat(allZeros.version()).isEqualTo(7);
    assertThat(allOnes.variant()).isEqualTo(2);
    assertThat(allZeros.variant()).isEqualTo(2);
    assertThat(allOnes.getMostSignificantBits() & 0x0FFFL).isEqualTo(0x0FFFL);
    assertThat(allZeros.getMostSignificantBits() & 0x0FFFL).isZero();
    assertThat(allOnes.getLeastSignificantBits()).isEqualTo(0xBFFF_FFFF_FFFF_FFFFL);
    assertThat(allZeros.getLeastSignificantBits()).isEqualTo(0x8000_0000_0000_0000L);
  }

  @Test
  void laterEventsSortAfterEarlierOnes() {
    List<UUID> ids =
        IntStream.range(0, 100).mapToObj(i -> EventIds.at(TIME.plusMillis(i * 7L))).toList();

    assertThat(ids).isSortedAccordingTo(Comparator.comparing(UUID::toString));
  }

  @Test
  void threadsCreatingIdsInTheSameMillisecondNeverCollide() throws Exception {
    int threads = 8;
    int each = 20_000;
    Set<UUID> seen = ConcurrentHashMap.newKeySet();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int t = 0; t < threads; t++) {
        pool.submit(
            () -> {
              start.await();
              for (int i = 0; i < each; i++) {
                seen.add(EventIds.at(TIME));
              }
              return null;
            });
      }
      start.countDown();
      pool.shutdown();
      assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      pool.shutdownNow();
    }
    assertThat(seen).hasSize(threads * each);
  }

  /** A generator whose every long is the same value. */
  private record AllBits(long value) implements RandomGenerator {
    @Override
    public long nextLong() {
      return value;
    }
  }
}
