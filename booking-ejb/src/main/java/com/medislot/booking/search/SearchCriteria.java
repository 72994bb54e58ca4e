package com.medislot.booking.search;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A practitioner search: a circle around a point plus optional filters. Immutable; ranges are
 * checked by the API layer before it gets here.
 *
 * @param motive only practitioners with a visit motive of this key ({@link
 *     com.medislot.booking.practitioner.VisitMotive#key}) that patients can book online
 * @param country only practitioners in this country (ISO 3166-1 alpha-2, upper case)
 * @param availableBefore only practitioners whose next free slot starts before this instant
 * @param offset how many hits of the sorted result to skip (cursor position)
 */
public record SearchCriteria(
    double latitude,
    double longitude,
    double radiusKm,
    Optional<String> specialty,
    Optional<String> language,
    Optional<String> motive,
    Optional<String> country,
    Optional<Boolean> newPatients,
    Optional<Instant> availableBefore,
    SortOrder sort,
    int offset,
    int limit) {

  /** Result order. */
  public enum SortOrder {
    DISTANCE,
    AVAILABILITY
  }

  public SearchCriteria {
    Objects.requireNonNull(specialty);
    Objects.requireNonNull(language);
    Objects.requireNonNull(motive);
    Objects.requireNonNull(country);
    Objects.requireNonNull(newPatients);
    Objects.requireNonNull(availableBefore);
    Objects.requireNonNull(sort);
  }

  /**
   * The query without its page (offset and limit): equal for every page of one search, different as
   * soon as a filter, the point, the radius or the order differs. Paging cursors are bound to it.
   */
  public String queryKey() {
    return String.join(
        "|",
        "lat=" + latitude,
        "lon=" + longitude,
        "radiusKm=" + radiusKm,
        "specialty=" + specialty.orElse(""),
        "language=" + language.orElse(""),
        "motive=" + motive.orElse(""),
        "country=" + country.orElse(""),
        "newPatients=" + newPatients.map(String::valueOf).orElse(""),
        "availableBefore=" + availableBefore.map(Instant::toString).orElse(""),
        "sort=" + sort);
  }

  /** The query and its page: the key of a cached answer. */
  public String pageKey() {
    return queryKey() + "|offset=" + offset + "|limit=" + limit;
  }
}
