package com.medislot.country;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A time zone used in a country and the subdivisions that follow it. Immutable.
 *
 * @param zone an IANA region-based zone id, never a fixed offset
 * @param regions ISO 3166-2 codes ({@code FR-974}) that use this zone; empty means "the rest of the
 *     country", which only the country's first (default) zone may say
 */
public record CountryZone(ZoneId zone, List<String> regions) {

  public CountryZone {
    Objects.requireNonNull(zone, "zone");
    regions = List.copyOf(regions);
  }
}
