package com.medislot.booking.appointment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What a patient asks to book. Immutable; {@link #fingerprint()} identifies the request so a
 * replayed {@code Idempotency-Key} with a different body can be told apart.
 */
public record BookingRequest(long practitionerId, long locationId, long motiveId, Instant start) {

  public BookingRequest {
    Objects.requireNonNull(start, "start");
  }

  /** SHA-256 over the canonical form of the request. */
  public String fingerprint() {
    String canonical =
        practitionerId + "|" + locationId + "|" + motiveId + "|" + start.getEpochSecond();
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }
}
