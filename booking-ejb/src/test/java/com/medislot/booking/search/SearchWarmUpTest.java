package com.medislot.booking.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SearchWarmUpTest {

  private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
  private static final Clock FIXED = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final Place PARIS = new Place("Paris", "FR", 48.8566, 2.3522, 2_138_551);
  private static final Place VILLAGE = new Place("Tiny", "FR", 45.0, 5.0, 21_385);
  private static final WarmUpQueries QUERIES =
      new WarmUpQueries(List.of(PARIS, VILLAGE), List.of("cardiology", "dermatology"));

  @Test
  void searchesAreMadeAroundPlacesByPopulationWithTheApisRangesAndOptions() {
    SplittableRandom random = new SplittableRandom(3);
    Map<String, Integer> byPlace = new HashMap<>();
    Set<Object> seen = ConcurrentHashMap.newKeySet();
    for (int i = 0; i < 10_000; i++) {
      SearchCriteria c = QUERIES.next(random, NOW);
      String place = Math.abs(c.latitude() - PARIS.latitude()) <= 0.05 ? "Paris" : "Tiny";
      assertThat(c.latitude()).isBetween(45.0 - 0.05, 48.8566 + 0.05);
      assertThat(c.radiusKm()).isIn(5.0, 10.0, 20.0, 50.0);
      assertThat(c.limit()).isEqualTo(WarmUpQueries.PAGE);
      assertThat(c.offset()).isIn(0, WarmUpQueries.PAGE);
      c.availableBefore().ifPresent(b -> assertThat(b).isAfter(NOW));
      byPlace.merge(place, 1, Integer::sum);
      seen.add(c.sort());
      c.specialty().ifPresent(seen::add);
      c.newPatients().ifPresent(n -> seen.add("newPatients"));
      c.availableBefore().ifPresent(b -> seen.add("availableBefore"));
      seen.add("offset " + c.offset());
    }
    // Paris has 100 times the village's people, so about 99 % of the searches
    assertThat(byPlace.get("Paris")).isBetween(9_800, 9_960);
    assertThat(byPlace.get("Tiny")).isBetween(40, 200);
    assertThat(seen)
        .contains(
            SearchCriteria.SortOrder.DISTANCE,
            SearchCriteria.SortOrder.AVAILABILITY,
            "cardiology",
            "dermatology",
            "newPatients",
            "availableBefore",
            "offset 0",
            "offset " + WarmUpQueries.PAGE);
  }

  @Test
  void theRunMakesItsSearchesOnItsThreadsAndSaysOnceThatItIsDone() throws Exception {
    Set<String> threadNames = ConcurrentHashMap.newKeySet();
    AtomicInteger searches = new AtomicInteger();
    List<WarmUpRun> told = Collections.synchronizedList(new ArrayList<>());
    WarmUpRun run = new WarmUpRun(500, Duration.ofMinutes(1), 3, FIXED);

    run.start(
        Thread::new,
        QUERIES,
        c -> {
          threadNames.add(Thread.currentThread().getName());
          searches.incrementAndGet();
        },
        told::add);

    assertThat(run.await(Duration.ofSeconds(10))).isTrue();
    assertThat(run.done()).isTrue();
    assertThat(run.outcome()).isEqualTo(WarmUpRun.Outcome.ALL_MADE);
    assertThat(searches.get()).isEqualTo(500);
    assertThat(run.made()).isEqualTo(500);
    assertThat(threadNames).allMatch(n -> n.startsWith("medislot-search-warm-up-"));
    assertThat(told).containsExactly(run);
    assertThat(run.describe()).startsWith("done: 500 of 500 searches on 3 threads in ");
  }

  @Test
  void theRunStopsAtItsTimeLimitWithSearchesLeft() throws Exception {
    // each reading of this clock is a second later than the one before
    AtomicInteger ticks = new AtomicInteger();
    Clock advancing =
        new Clock() {
          @Override
          public Instant instant() {
            return NOW.plusSeconds(ticks.getAndIncrement());
          }

          @Override
          public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }
        };
    WarmUpRun run = new WarmUpRun(1_000, Duration.ofSeconds(10), 1, advancing);

    run.start(Thread::new, QUERIES, c -> {}, r -> {});

    assertThat(run.await(Duration.ofSeconds(10))).isTrue();
    assertThat(run.outcome()).isEqualTo(WarmUpRun.Outcome.OUT_OF_TIME);
    assertThat(run.made()).isBetween(5, 10);
    assertThat(run.describe()).startsWith("stopped at its time limit of 10 s: ");
  }

  @Test
  void aFailingSearchEndsTheRunOnEveryThread() throws Exception {
    AtomicInteger searches = new AtomicInteger();
    AtomicReference<WarmUpRun> told = new AtomicReference<>();
    WarmUpRun run = new WarmUpRun(100_000, Duration.ofMinutes(1), 2, FIXED);

    run.start(
        Thread::new,
        QUERIES,
        c -> {
          if (searches.incrementAndGet() == 50) {
            throw new SearchBackendException(new IllegalStateException("index closed"));
          }
        },
        told::set);

    assertThat(run.await(Duration.ofSeconds(10))).isTrue();
    assertThat(run.outcome()).isEqualTo(WarmUpRun.Outcome.FAILED);
    assertThat(searches.get()).isLessThan(100_000);
    assertThat(told.get()).isSameAs(run);
  }

  @Test
  void noSearchesMeansDoneAtOnce() {
    List<WarmUpRun> told = new ArrayList<>();
    WarmUpRun run = new WarmUpRun(0, Duration.ofMinutes(1), 2, FIXED);

    assertThat(run.done()).isTrue();
    run.start(Thread::new, QUERIES, c -> {}, told::add);

    assertThat(told).containsExactly(run);
    assertThat(run.outcome()).isEqualTo(WarmUpRun.Outcome.ALL_MADE);
    assertThat(run.made()).isZero();
  }
}
