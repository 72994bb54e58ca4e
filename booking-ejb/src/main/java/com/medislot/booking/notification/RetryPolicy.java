package com.medislot.booking.notification;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * When a failed delivery is tried again: after {@code firstDelay}, doubling each time up to {@code
 * maxDelay}, for at most {@code maxAttempts} attempts in all. Immutable.
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

  public RetryPolicy {
    Objects.requireNonNull(firstDelay, "firstDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
      throw new IllegalArgumentException("need 0 <= firstDelay <= maxDelay");
    }
  }

  /**
   * The wait before the next attempt after {@code failedAttempts} failures, or empty when the
   * delivery has used all its attempts and goes to the dead letters.
   */
  public Optional<Duration> delayAfter(int failedAttempts) {
    if (failedAttempts < 1) {
      throw new IllegalArgumentException("at least one attempt failed");
    }
    if (failedAttempts >= maxAttempts) {
      return Optional.empty();
    }
    Duration delay = firstDelay;
    for (int i = 1; i < failedAttempts && delay.compareTo(maxDelay) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return Optional.of(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
  }
}
