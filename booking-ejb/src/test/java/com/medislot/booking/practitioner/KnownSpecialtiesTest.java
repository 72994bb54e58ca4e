package com.medislot.booking.practitioner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.medislot.booking.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KnownSpecialtiesTest {

  private final Set<String> table = new HashSet<>(Set.of("dentistry", "cardiology"));
  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"));
  private int reads;
  private RuntimeException failure;
  private final KnownSpecialties known =
      new KnownSpecialties(
          () -> {
            reads++;
            if (failure != null) {
              throw failure;
            }
            return Set.copyOf(table);
          },
          clock,
          Duration.ofMinutes(1));

  @Test
  void knownCodesAreAnsweredFromMemory() {
    assertThat(known.exists("dentistry")).isTrue();
    for (int i = 0; i < 130; i++) { // 65 s
      clock.advance(Duration.ofMillis(500));
      assertThat(known.exists("cardiology")).isTrue();
      if (reads > 1) {
        // a new read only after the refresh period
        assertThat(clock.instant()).isAfterOrEqualTo(Instant.parse("2026-12-01T08:01:00Z"));
      }
    }
    assertThat(reads).isEqualTo(2);
  }

  @Test
  void aSpecialtyAddedMeanwhileIsFoundAtOnce() {
    assertThat(known.exists("dentistry")).isTrue();
    table.add("psychology");
    clock.advance(Duration.ofSeconds(1));
    assertThat(known.exists("psychology")).isTrue();
    assertThat(reads).isEqualTo(2);
  }

  @Test
  void unknownCodesReadTheTableAtMostOnceASecond() {
    assertThat(known.exists("dentistry")).isTrue();
    for (int i = 0; i < 1000; i++) {
      assertThat(known.exists("no-such-" + i)).isFalse();
    }
    assertThat(reads).isEqualTo(1);
    clock.advance(Duration.ofSeconds(1));
    assertThat(known.exists("no-such-thing")).isFalse();
    assertThat(reads).isEqualTo(2);
  }

  @Test
  void aRemovedSpecialtyIsForgottenAfterTheRefreshPeriod() {
    assertThat(known.exists("cardiology")).isTrue();
    table.remove("cardiology");
    clock.advance(Duration.ofSeconds(59));
    assertThat(known.exists("cardiology")).isTrue();
    clock.advance(Duration.ofSeconds(1));
    assertThat(known.exists("cardiology")).isFalse();
  }

  @Test
  void aFailedReadIsTheCallersFailureAndIsRetried() {
    failure = new IllegalStateException("database down");
    assertThatThrownBy(() -> known.exists("dentistry")).isSameAs(failure);
    failure = null;
    assertThat(known.exists("dentistry")).isTrue();
  }
}
