package com.medislot.console.api;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A new calendar exception ({@code POST /staff/practitioners/{id}/exceptions}). Immutable.
 *
 * @param kind ABSENCE, CLOSURE, BLOCK or EXTRA_OPENING
 * @param locationId empty: every location of the practitioner
 */
public record ExceptionRequest(
    String kind, Instant start, Instant end, OptionalLong locationId, String reason) {

  public ExceptionRequest {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(locationId, "locationId");
    Objects.requireNonNull(reason, "reason");
  }
}
