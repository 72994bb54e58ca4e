package com.medislot.booking.search;

import java.util.Objects;

/**
 * A named place of the gazetteer: a city with its centre (WGS84) and population. Immutable.
 *
 * @param countryCode ISO 3166-1 alpha-2
 */
public record Place(
    String name, String countryCode, double latitude, double longitude, long population) {

  public Place {
    Objects.requireNonNull(name);
    Objects.requireNonNull(countryCode);
  }
}
