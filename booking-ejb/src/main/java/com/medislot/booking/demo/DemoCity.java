package com.medislot.booking.demo;

import java.util.List;
import java.util.Optional;

/**
 * A real French city where demo practitioners practise: centre coordinates (WGS 84), a postcode, a
 * relative weight (roughly its population share) and the subdivision whose own public holidays it
 * observes, if any (Alsace keeps Good Friday and 26 December).
 */
record DemoCity(
    String name,
    String postcode,
    double latitude,
    double longitude,
    int weight,
    Optional<String> region) {

  DemoCity(String name, String postcode, double latitude, double longitude, int weight) {
    this(name, postcode, latitude, longitude, weight, Optional.empty());
  }

  static final List<DemoCity> FRANCE =
      List.of(
          new DemoCity("Paris", "75001", 48.8566, 2.3522, 12),
          new DemoCity("Marseille", "13001", 43.2965, 5.3698, 5),
          new DemoCity("Lyon", "69001", 45.7640, 4.8357, 5),
          new DemoCity("Toulouse", "31000", 43.6047, 1.4442, 3),
          new DemoCity("Nice", "06000", 43.7102, 7.2620, 2),
          new DemoCity("Nantes", "44000", 47.2184, -1.5536, 2),
          new DemoCity("Montpellier", "34000", 43.6108, 3.8767, 2),
          new DemoCity("Strasbourg", "67000", 48.5734, 7.7521, 2, Optional.of("FR-6AE")),
          new DemoCity("Bordeaux", "33000", 44.8378, -0.5792, 2),
          new DemoCity("Lille", "59000", 50.6292, 3.0573, 2),
          new DemoCity("Rennes", "35000", 48.1173, -1.6778, 1),
          new DemoCity("Reims", "51100", 49.2583, 4.0317, 1));
}
