package com.medislot.benchmarks.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * One patient search as {@code GET /search/practitioners} takes it, so that the web run and the raw
 * Lucene run execute the same queries.
 *
 * @param specialty a specialty code, or empty for every specialty
 * @param byAvailability sorted by earliest availability (else by distance)
 */
record SearchQuery(
    double latitude,
    double longitude,
    int radiusKm,
    Optional<String> specialty,
    boolean byAvailability,
    int limit) {

  /** The query string of the web API. */
  String queryString() {
    StringBuilder q =
        new StringBuilder()
            .append(String.format(Locale.ROOT, "lat=%.5f&lon=%.5f", latitude, longitude))
            .append("&radiusKm=")
            .append(radiusKm)
            .append("&limit=")
            .append(limit)
            .append("&sort=")
            .append(byAvailability ? "availability" : "distance");
    specialty.ifPresent(
        s -> q.append("&specialty=").append(URLEncoder.encode(s, StandardCharsets.UTF_8)));
    return q.toString();
  }
}
