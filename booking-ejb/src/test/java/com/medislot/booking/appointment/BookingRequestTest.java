package com.medislot.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BookingRequestTest {

  private static final Instant START = Instant.parse("2026-12-01T08:00:00Z");

  @Test
  void theSameRequestHasTheSameFingerprint() {
    assertThat(new BookingRequest(1, 2, 3, START).fingerprint())
        .isEqualTo(new BookingRequest(1, 2, 3, START).fingerprint())
        .hasSize(64);
  }

  @Test
  void everyFieldChangesTheFingerprint() {
    String base = new BookingRequest(1, 2, 3, START).fingerprint();
    assertThat(new BookingRequest(9, 2, 3, START).fingerprint()).isNotEqualTo(base);
    assertThat(new BookingRequest(1, 9, 3, START).fingerprint()).isNotEqualTo(base);
    assertThat(new BookingRequest(1, 2, 9, START).fingerprint()).isNotEqualTo(base);
    assertThat(new BookingRequest(1, 2, 3, START.plusSeconds(60)).fingerprint()).isNotEqualTo(base);
  }

  @Test
  void aHoldNeverSharesAFingerprintWithABooking() {
    BookingRequest r = new BookingRequest(1, 2, 3, START);
    assertThat(r.holdFingerprint()).isNotEqualTo(r.fingerprint()).hasSize(64);
    assertThat(r.holdFingerprint()).isEqualTo(new BookingRequest(1, 2, 3, START).holdFingerprint());
  }

  @Test
  void theRelativeChangesTheFingerprint() {
    BookingRequest self = new BookingRequest(1, 2, 3, START);
    BookingRequest child = new BookingRequest(1, 2, 3, START, java.util.OptionalLong.of(8));
    BookingRequest other = new BookingRequest(1, 2, 3, START, java.util.OptionalLong.of(9));
    assertThat(child.fingerprint()).isNotEqualTo(self.fingerprint());
    assertThat(child.fingerprint()).isNotEqualTo(other.fingerprint());
    assertThat(new BookingRequest(1, 2, 3, START, java.util.OptionalLong.empty()).fingerprint())
        .isEqualTo(self.fingerprint());
  }
}
