package com.medislot.booking.search;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Searches of the kind patients make, for the warm-up ({@link SearchWarmUp}): around the places of
 * the gazetteer, drawn by population as practitioners are spread, a little off their centres, with
 * the radii, filters, orders and second pages the API offers. Immutable; each caller brings its own
 * random source.
 */
final class WarmUpQueries {

  static final int PAGE = 20;
  private static final double[] RADII_KM = {5, 10, 10, 20, 50};
  private static final double OFF_CENTRE_DEGREES = 0.05;
  private static final Duration AVAILABLE_WITHIN = Duration.ofDays(7);

  private final List<Place> places;
  private final long[] cumulativePopulation;
  private final List<String> specialties;

  /**
   * @param places where the searches are made; at least one
   * @param specialties the specialty codes the searches may filter on; may be empty
   */
  WarmUpQueries(List<Place> places, List<String> specialties) {
    if (places.isEmpty()) {
      throw new IllegalArgumentException("no place to search around");
    }
    this.places = List.copyOf(places);
    this.specialties = List.copyOf(specialties);
    this.cumulativePopulation = new long[places.size()];
    long total = 0;
    for (int i = 0; i < places.size(); i++) {
      total += Math.max(1, places.get(i).population());
      cumulativePopulation[i] = total;
    }
  }

  /** A search made at {@code now}. */
  SearchCriteria next(SplittableRandom random, Instant now) {
    Place place = place(random);
    double latitude =
        clamp(place.latitude() + random.nextDouble(-OFF_CENTRE_DEGREES, OFF_CENTRE_DEGREES), 90);
    double longitude =
        clamp(place.longitude() + random.nextDouble(-OFF_CENTRE_DEGREES, OFF_CENTRE_DEGREES), 180);
    Optional<String> specialty =
        !specialties.isEmpty() && random.nextDouble() < 0.6
            ? Optional.of(specialties.get(random.nextInt(specialties.size())))
            : Optional.empty();
    Optional<String> country =
        random.nextDouble() < 0.1 ? Optional.of(place.countryCode()) : Optional.empty();
    Optional<Boolean> newPatients =
        random.nextDouble() < 0.2 ? Optional.of(Boolean.TRUE) : Optional.empty();
    Optional<Instant> availableBefore =
        random.nextDouble() < 0.1 ? Optional.of(now.plus(AVAILABLE_WITHIN)) : Optional.empty();
    SearchCriteria.SortOrder sort =
        random.nextDouble() < 0.3
            ? SearchCriteria.SortOrder.AVAILABILITY
            : SearchCriteria.SortOrder.DISTANCE;
    int offset = random.nextDouble() < 0.1 ? PAGE : 0;
    return new SearchCriteria(
        latitude,
        longitude,
        RADII_KM[random.nextInt(RADII_KM.length)],
        specialty,
        Optional.empty(),
        Optional.empty(),
        country,
        newPatients,
        availableBefore,
        sort,
        offset,
        PAGE);
  }

  private Place place(SplittableRandom random) {
    long pick = random.nextLong(cumulativePopulation[cumulativePopulation.length - 1]);
    int i = Arrays.binarySearch(cumulativePopulation, pick + 1);
    return places.get(i >= 0 ? i : -i - 1);
  }

  private static double clamp(double value, double limit) {
    return Math.max(-limit, Math.min(limit, value));
  }
}
