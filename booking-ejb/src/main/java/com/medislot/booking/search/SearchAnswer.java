package com.medislot.booking.search;

import java.util.Objects;

/**
 * What a search request gets: the rendered body, and whether it is a stale answer served because
 * the search backend failed. Immutable.
 */
public record SearchAnswer(String body, boolean stale) {

  public SearchAnswer {
    Objects.requireNonNull(body);
  }
}
