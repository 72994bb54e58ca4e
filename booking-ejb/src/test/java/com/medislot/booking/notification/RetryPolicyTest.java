package com.medislot.booking.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {

  private final RetryPolicy policy =
      new RetryPolicy(6, Duration.ofSeconds(30), Duration.ofMinutes(3));

  @ParameterizedTest(name = "after {0} failures wait {1}")
  @CsvSource({"1, PT30S", "2, PT1M", "3, PT2M", "4, PT3M", "5, PT3M"})
  void theDelayDoublesUpToTheCeiling(int failures, Duration delay) {
    assertThat(policy.delayAfter(failures)).contains(delay);
  }

  @ParameterizedTest
  @CsvSource({"6", "7", "100"})
  void afterTheLastAttemptThereIsNoNextOne(int failures) {
    assertThat(policy.delayAfter(failures)).isEmpty();
  }

  @Test
  void oneAttemptMeansNoRetry() {
    assertThat(new RetryPolicy(1, Duration.ZERO, Duration.ZERO).delayAfter(1)).isEmpty();
  }

  @Test
  void nonsenseIsRefused() {
    assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofMinutes(2), Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> policy.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
