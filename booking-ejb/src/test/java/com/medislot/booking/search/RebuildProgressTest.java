package com.medislot.booking.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.medislot.booking.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RebuildProgressTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"));
  private final List<String> log = new ArrayList<>();
  private final RebuildProgress progress =
      new RebuildProgress(clock, Duration.ofSeconds(10), log::add);

  @Test
  void reportsRateAndTimeLeft() {
    progress.addToTotalCount(10_000);
    clock.advance(Duration.ofSeconds(4));
    progress.documentsAdded(2_000);

    RebuildStatus status = progress.status();
    assertThat(status.state()).isEqualTo(RebuildStatus.State.RUNNING);
    assertThat(status.documentsTotal()).isEqualTo(10_000);
    assertThat(status.documentsIndexed()).isEqualTo(2_000);
    assertThat(status.documentsPerSecond()).isEqualTo(500.0);
    assertThat(status.eta()).contains(Duration.ofSeconds(16));
  }

  @Test
  void logsAtMostOncePerIntervalAndAtTheEnd() {
    progress.addToTotalCount(1_000);
    clock.advance(Duration.ofSeconds(5));
    progress.documentsAdded(100);
    assertThat(log).isEmpty();
    clock.advance(Duration.ofSeconds(5));
    progress.documentsAdded(100);
    progress.documentsAdded(100);
    assertThat(log).containsExactly("200/1000 documents, 20 documents/s, ETA 40 s");
    progress.indexingCompleted();
    assertThat(log).hasSize(2);
    assertThat(log.get(1)).startsWith("Search index rebuild done: 300/1000");
  }

  @Test
  void noRateNoEta() {
    assertThat(progress.status().documentsPerSecond()).isZero();
    assertThat(progress.status().eta()).isEmpty();
  }

  @Test
  void aFinishedRebuildKeepsItsCountsAndDropsItsEta() {
    progress.addToTotalCount(10);
    clock.advance(Duration.ofSeconds(1));
    progress.documentsAdded(10);
    RebuildStatus done =
        progress
            .status()
            .finished(RebuildStatus.State.COMPLETED, clock.instant(), java.util.Optional.empty());
    assertThat(done.state()).isEqualTo(RebuildStatus.State.COMPLETED);
    assertThat(done.documentsIndexed()).isEqualTo(10);
    assertThat(done.finishedAt()).contains(clock.instant());
    assertThat(done.eta()).isEmpty();
  }
}
