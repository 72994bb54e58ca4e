package com.medislot.booking.search;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a rebuild of the search index stands. Immutable.
 *
 * @param documentsPerSecond average since the start; 0 before the first document
 * @param eta time left at that rate, when the total is known and the rate positive
 * @param error what made a failed rebuild fail
 */
public record RebuildStatus(
    State state,
    Optional<Instant> startedAt,
    Optional<Instant> finishedAt,
    long documentsTotal,
    long documentsIndexed,
    double documentsPerSecond,
    Optional<Duration> eta,
    Optional<String> error) {

  /** Life cycle of a rebuild. */
  public enum State {
    IDLE,
    RUNNING,
    COMPLETED,
    FAILED
  }

  public RebuildStatus {
    Objects.requireNonNull(state);
    Objects.requireNonNull(startedAt);
    Objects.requireNonNull(finishedAt);
    Objects.requireNonNull(eta);
    Objects.requireNonNull(error);
  }

  /** No rebuild since start. */
  public static RebuildStatus idle() {
    return new RebuildStatus(
        State.IDLE,
        Optional.empty(),
        Optional.empty(),
        0,
        0,
        0,
        Optional.empty(),
        Optional.empty());
  }

  RebuildStatus finished(State end, Instant at, Optional<String> failure) {
    return new RebuildStatus(
        end,
        startedAt,
        Optional.of(at),
        documentsTotal,
        documentsIndexed,
        documentsPerSecond,
        Optional.empty(),
        failure);
  }
}
