package com.medislot.booking.search;

import java.time.Duration;
import java.util.Objects;

/** The search backend failed and no earlier answer to the same query is at hand (HTTP 503). */
public class SearchUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final Duration retryAfter;

  public SearchUnavailableException(Duration retryAfter, Throwable cause) {
    super("search is temporarily unavailable", cause);
    this.retryAfter = Objects.requireNonNull(retryAfter);
  }

  /** When the caller may try again. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
