package com.medislot.booking.appointment;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/** A detached, immutable view of a waiting-list entry. */
public record WaitlistView(
    long id,
    WaitlistStatus status,
    long practitionerId,
    long motiveId,
    OptionalLong locationId,
    Optional<Instant> before,
    OptionalLong relativeId,
    Instant createdAt) {

  static WaitlistView of(WaitlistEntry e) {
    return new WaitlistView(
        e.id(),
        e.status(),
        e.practitionerId(),
        e.motiveId(),
        e.locationId(),
        e.before(),
        e.relativeId(),
        e.createdAt());
  }
}
