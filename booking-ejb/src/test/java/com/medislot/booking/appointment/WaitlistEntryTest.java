package com.medislot.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class WaitlistEntryTest {

  private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
  private static final Instant BEFORE = Instant.parse("2026-12-10T00:00:00Z");

  private static WaitlistEntry entry(OptionalLong location, Optional<Instant> before) {
    return new WaitlistEntry(4, OptionalLong.empty(), 1, 3, location, before, NOW);
  }

  @Test
  void anEntryWantsSlotsAtItsLocationStartingStrictlyBeforeItsLimit() {
    WaitlistEntry e = entry(OptionalLong.of(2), Optional.of(BEFORE));
    assertThat(e.wants(2, BEFORE.minusSeconds(1))).isTrue();
    assertThat(e.wants(2, BEFORE)).isFalse();
    assertThat(e.wants(5, BEFORE.minusSeconds(3600))).isFalse();
  }

  @Test
  void withoutCriteriaAnySlotFits() {
    WaitlistEntry e = entry(OptionalLong.empty(), Optional.empty());
    assertThat(e.wants(2, BEFORE)).isTrue();
    assertThat(e.wants(9, BEFORE.plusSeconds(86_400 * 300L))).isTrue();
  }

  @Test
  void anOfferLetLapseGoesBackInLineButIsNeverOfferedAgain() {
    WaitlistEntry e = entry(OptionalLong.empty(), Optional.empty());
    Instant offered = Instant.parse("2026-12-02T09:00:00Z");
    e.offered();
    assertThat(e.status()).isEqualTo(WaitlistStatus.OFFERED);
    assertThatThrownBy(e::offered).isInstanceOf(IllegalStateException.class);
    e.offerPassed(offered);
    assertThat(e.status()).isEqualTo(WaitlistStatus.ACTIVE);
    assertThat(e.wants(2, offered)).isFalse();
    assertThat(e.wants(2, offered.plusSeconds(1200))).isTrue();
  }

  @Test
  void aConfirmedOfferFulfilsTheEntry() {
    WaitlistEntry e = entry(OptionalLong.empty(), Optional.empty());
    e.offered();
    e.fulfilled();
    assertThat(e.status()).isEqualTo(WaitlistStatus.FULFILLED);
    e.offerPassed(NOW);
    assertThat(e.status()).isEqualTo(WaitlistStatus.FULFILLED);
  }

  @Test
  void leavingIsFinalAndIdempotent() {
    WaitlistEntry e = entry(OptionalLong.empty(), Optional.empty());
    e.leave();
    e.leave();
    assertThat(e.status()).isEqualTo(WaitlistStatus.LEFT);
    e.offerPassed(NOW);
    assertThat(e.status()).isEqualTo(WaitlistStatus.LEFT);
    assertThatThrownBy(e::offered).isInstanceOf(IllegalStateException.class);
  }
}
