package com.medislot.booking.slots;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the search documents whose stored next availability can no longer be booked: a slot stops
 * being bookable at its start minus the minimum notice (the practitioner's own, else their
 * country's), not only once it has started. The passed-slot pass recomputes these practitioners, so
 * sorting and filtering by availability never rank anyone by a slot a patient cannot take.
 */
final class UnbookableNextAvailability {

  private UnbookableNextAvailability() {}

  /** What a pass needs to know once: the notices in force when it starts. */
  record Notices(Map<String, Duration> byCountry, Duration longestOverride) {

    /** The longest notice anyone has: no document beyond now plus this can be unbookable. */
    Duration longest() {
      return byCountry.values().stream()
          .reduce(longestOverride, (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }

    /** The longest minimum notice a practitioner sets for themselves (zero if none does). */
    static Duration longestOverride(Connection c) throws SQLException {
      try (PreparedStatement s =
              c.prepareStatement("SELECT max(minimum_notice_minutes) FROM practitioner");
          ResultSet rs = s.executeQuery()) {
        rs.next();
        return Duration.ofMinutes(rs.getLong(1));
      }
    }
  }

  /**
   * Up to {@code limit} practitioner ids above {@code after}, ascending, with a document whose next
   * availability is before {@code now} plus its minimum notice.
   */
  static List<Long> page(Connection c, Instant now, Notices notices, long after, int limit)
      throws SQLException {
    List<String> codes = new ArrayList<>(notices.byCountry().keySet());
    Integer[] minutes =
        codes.stream()
            .map(code -> (int) notices.byCountry().get(code).toMinutes())
            .toArray(Integer[]::new);
    Array countryCodes = c.createArrayOf("text", codes.toArray());
    Array countryMinutes = c.createArrayOf("integer", minutes);
    List<Long> ids = new ArrayList<>(limit);
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT DISTINCT d.practitioner_id FROM practitioner_search d"
                // cheap test first: only documents within the longest notice need the exact one
                + " WHERE d.next_available < ?"
                + " AND d.next_available < ? + make_interval(mins => COALESCE("
                + "(SELECT p.minimum_notice_minutes FROM practitioner p"
                + " WHERE p.id = d.practitioner_id),"
                + " (?::integer[])[array_position(?::text[], d.country_code::text)], 0))"
                + " AND d.practitioner_id > ? ORDER BY d.practitioner_id LIMIT ?")) {
      s.setObject(1, utc(now.plus(notices.longest())));
      s.setObject(2, utc(now));
      s.setArray(3, countryMinutes);
      s.setArray(4, countryCodes);
      s.setLong(5, after);
      s.setInt(6, limit);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
    }
    return ids;
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
