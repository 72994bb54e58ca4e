package com.medislot.booking.search;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A rendered search answer kept in the hot-query cache, with the instant it was computed.
 * Immutable.
 */
public record CachedAnswer(String body, Instant computedAt) implements Serializable {

  private static final long serialVersionUID = 1L;

  public CachedAnswer {
    Objects.requireNonNull(body);
    Objects.requireNonNull(computedAt);
  }
}
