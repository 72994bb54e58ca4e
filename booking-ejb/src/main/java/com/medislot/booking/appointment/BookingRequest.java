package com.medislot.booking.appointment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What a patient asks to book (or to hold). Immutable; {@link #fingerprint()} identifies the
 * request so a replayed {@code Idempotency-Key} with a different body can be told apart.
 *
 * @param relativeId the patient's relative it is for; empty when it is for the patient
 */
public record BookingRequest(
    long practitionerId, long locationId, long motiveId, Instant start, OptionalLong relativeId) {

  public BookingRequest {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(relativeId, "relativeId");
  }

  /** A request for the patient themself. */
  public BookingRequest(long practitionerId, long locationId, long motiveId, Instant start) {
    this(practitionerId, locationId, motiveId, start, OptionalLong.empty());
  }

  /** SHA-256 over the canonical form of the booking request. */
  public String fingerprint() {
    return sha256(canonical());
  }

  /**
   * SHA-256 over the canonical form of the request as a hold: never equal to {@link
   * #fingerprint()}, so one key cannot be replayed across the two operations.
   */
  public String holdFingerprint() {
    return sha256("hold|" + canonical());
  }

  private String canonical() {
    String canonical =
        practitionerId + "|" + locationId + "|" + motiveId + "|" + start.getEpochSecond();
    return relativeId.isPresent() ? canonical + "|relative=" + relativeId.getAsLong() : canonical;
  }

  private static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }
}
