package com.medislot.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The states of a hold row: held until its expiry (exclusive), then confirmed, released or expired.
 */
class HoldLifecycleTest {

  private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
  private static final Instant START = Instant.parse("2026-12-03T09:00:00Z");
  private static final Instant EXPIRES = NOW.plus(Duration.ofMinutes(5));

  private static Appointment hold() {
    return Appointment.held(
        1,
        2,
        3,
        4,
        Optional.empty(),
        START,
        START.plusSeconds(1200),
        NOW,
        EXPIRES,
        OptionalLong.empty());
  }

  @Test
  void aHoldIsLiveUntilJustBeforeItsExpiry() {
    Appointment h = hold();
    assertThat(h.status()).isEqualTo(AppointmentStatus.HELD);
    assertThat(h.wasHold()).isTrue();
    assertThat(h.isLiveHold(NOW)).isTrue();
    assertThat(h.isLiveHold(EXPIRES.minusNanos(1))).isTrue();
    assertThat(h.isLiveHold(EXPIRES)).isFalse();
  }

  @Test
  void confirmingALiveHoldMakesAConfirmedAppointmentThatRemembersItWasAHold() {
    Appointment h = hold();
    h.confirmHold(EXPIRES.minusSeconds(1));
    assertThat(h.status()).isEqualTo(AppointmentStatus.CONFIRMED);
    assertThat(h.wasHold()).isTrue();
    assertThat(h.isLiveHold(NOW)).isFalse();
  }

  @Test
  void anExpiredOrReleasedHoldCannotBeConfirmed() {
    Appointment late = hold();
    assertThatThrownBy(() -> late.confirmHold(EXPIRES)).isInstanceOf(IllegalStateException.class);
    Appointment expired = hold();
    expired.expire();
    assertThat(expired.status()).isEqualTo(AppointmentStatus.EXPIRED);
    assertThatThrownBy(() -> expired.confirmHold(NOW)).isInstanceOf(IllegalStateException.class);
    Appointment released = hold();
    released.release(NOW);
    assertThat(released.status()).isEqualTo(AppointmentStatus.RELEASED);
    assertThatThrownBy(() -> released.confirmHold(NOW)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(released::expire).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aConfirmedAppointmentIsNeitherReleasedNorExpired() {
    Appointment a = Appointment.confirmed(1, 2, 3, 4, START, START.plusSeconds(1200), NOW);
    assertThat(a.wasHold()).isFalse();
    assertThatThrownBy(() -> a.release(NOW)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(a::expire).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aHoldMustExpireAfterItIsMade() {
    assertThatThrownBy(
            () ->
                Appointment.held(
                    1,
                    2,
                    3,
                    4,
                    Optional.empty(),
                    START,
                    START.plusSeconds(60),
                    NOW,
                    NOW,
                    OptionalLong.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anOfferKnowsItsWaitingListEntry() {
    Appointment offer =
        Appointment.held(
            1,
            2,
            3,
            4,
            Optional.empty(),
            START,
            START.plusSeconds(60),
            NOW,
            EXPIRES,
            OptionalLong.of(42));
    assertThat(offer.waitlistEntryId()).hasValue(42);
    assertThat(hold().waitlistEntryId()).isEmpty();
  }
}
