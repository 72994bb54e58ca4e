package com.medislot.benchmarks.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The searches patients make, drawn from the data set itself: centres are practitioners' locations
 * (so demand follows where practitioners are, which the data generator distributes like the
 * population), moved by up to about 2 km; a share of the searches repeats a small set of popular
 * places exactly (a city's name resolves to one point), which the hot-query cache serves. Radius,
 * specialty filter and order vary. Deterministic for a seed.
 */
final class QueryMix {

  private static final int[] RADII_KM = {2, 5, 5, 10, 10, 10, 20, 50};
  private static final int POPULAR_PLACES = 50;

  private final double[][] points;
  private final List<String> specialties;
  private final double hotShare;

  private QueryMix(double[][] points, List<String> specialties, double hotShare) {
    this.points = points;
    this.specialties = specialties;
    this.hotShare = hotShare;
  }

  /**
   * Reads up to {@code sample} locations and every specialty from the search read model.
   *
   * @param hotShare the share of searches at one of the popular places, between 0 and 1
   */
  static QueryMix fromDatabase(
      String jdbcUrl, String user, String password, int sample, double hotShare)
      throws SQLException {
    List<double[]> points = new ArrayList<>();
    List<String> specialties = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
        Statement s = c.createStatement()) {
      s.execute("SELECT setseed(0.42)");
      try (ResultSet rs =
          s.executeQuery(
              "SELECT latitude, longitude FROM practitioner_search ORDER BY random() LIMIT "
                  + sample)) {
        while (rs.next()) {
          points.add(new double[] {rs.getDouble(1), rs.getDouble(2)});
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT specialty_code FROM practitioner_search GROUP BY specialty_code"
                  + " ORDER BY count(*) DESC")) {
        while (rs.next()) {
          specialties.add(rs.getString(1));
        }
      }
    }
    if (points.isEmpty() || specialties.isEmpty()) {
      throw new IllegalStateException("the search read model is empty: nothing to search for");
    }
    return new QueryMix(points.toArray(new double[0][]), specialties, hotShare);
  }

  /** The next search; {@code random} belongs to the calling thread. */
  SearchQuery next(SplittableRandom random) {
    boolean hot = random.nextDouble() < hotShare;
    double[] p =
        points[random.nextInt(hot ? Math.min(POPULAR_PLACES, points.length) : points.length)];
    double lat = hot ? p[0] : p[0] + (random.nextDouble() - 0.5) * 0.04;
    double lon = hot ? p[1] : p[1] + (random.nextDouble() - 0.5) * 0.04;
    int radius = RADII_KM[random.nextInt(RADII_KM.length)];
    // most searches name a specialty, the commonest ones most often
    Optional<String> specialty =
        random.nextInt(10) < 8
            ? Optional.of(specialties.get(skewed(random, specialties.size())))
            : Optional.empty();
    boolean byAvailability = random.nextInt(10) < 3;
    return new SearchQuery(lat, lon, hot ? 10 : radius, specialty, byAvailability, 10);
  }

  int points() {
    return points.length;
  }

  int specialties() {
    return specialties.size();
  }

  /** An index in [0, size) where small indexes are likelier (about a Zipf-like skew). */
  private static int skewed(SplittableRandom random, int size) {
    double u = random.nextDouble();
    return Math.min(size - 1, (int) (size * u * u));
  }
}
