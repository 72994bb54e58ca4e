package com.medislot.booking.slots;

import com.medislot.booking.availability.AvailabilityQuery;
import com.medislot.booking.availability.Busy;
import com.medislot.booking.availability.CalendarException;
import com.medislot.booking.availability.LocalTimeRange;
import com.medislot.booking.availability.OpeningRange;
import com.medislot.booking.availability.TimeRange;
import com.medislot.booking.availability.VisitMotiveRule;
import com.medislot.booking.availability.WeeklyTemplate;
import com.medislot.booking.practitioner.RuleOverrides;
import com.medislot.country.CountryDefinition;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the calendars of many practitioners at once with a handful of set-based queries over plain
 * JDBC, and turns them into engine queries: the bulk path of the slot precomputation (start-up
 * warm-up, window roll-forward, benchmark). The booking path and single refreshes read through
 * {@link CalendarReader}; both build the same queries from the same rows (the integration suite
 * compares the cached answers with live ones).
 *
 * <p>Five statements per batch whatever its size: locations, motives, opening ranges (with the
 * motives they are reserved to), exceptions and live appointments overlapping the window (with a
 * day's margin).
 */
public final class BulkCalendars {

  private static final Duration MARGIN = Duration.ofDays(1);

  private BulkCalendars() {}

  /**
   * The engine queries of one practitioner at one location, one per motive, in motive order.
   *
   * @param onlineMotiveIds the motives patients can book online: the only ones search results show
   */
  public record LocationQueries(
      long practitionerId,
      long locationId,
      List<Long> motiveIds,
      List<AvailabilityQuery> queries,
      Set<Long> onlineMotiveIds) {}

  private record Place(
      long id, String countryCode, ZoneId zone, Optional<String> region, RuleOverrides rules) {}

  private record Motive(long id, long practitionerId, VisitMotiveRule rule, boolean online) {}

  private record Range(long practitionerId, long locationId, OpeningRange range) {}

  private record Exception(long practitionerId, Long locationId, CalendarException exception) {}

  /**
   * The queries for every location of every practitioner in {@code practitionerIds} over {@code
   * window} at {@code now}.
   *
   * @param countries the live country definitions by code; a location in a country that is not live
   *     is skipped
   */
  public static List<LocationQueries> read(
      Connection c,
      List<Long> practitionerIds,
      TimeRange window,
      Instant now,
      Function<String, Optional<CountryDefinition>> countries)
      throws SQLException {
    Array ids = c.createArrayOf("bigint", practitionerIds.toArray());
    Map<Long, List<Place>> places = places(c, ids);
    Map<Long, List<Motive>> motives = motives(c, ids);
    Map<Long, Motive> motiveById = new HashMap<>();
    motives.values().forEach(list -> list.forEach(m -> motiveById.put(m.id(), m)));
    Map<Long, List<Range>> ranges = ranges(c, ids);
    Map<Long, List<Exception>> exceptions = exceptions(c, ids, window);
    Map<Long, List<Busy>> busy = busy(c, ids, window, now, motiveById);

    List<LocationQueries> result = new ArrayList<>();
    for (long practitionerId : practitionerIds) {
      List<Motive> ofPractitioner = motives.getOrDefault(practitionerId, List.of());
      for (Place place : places.getOrDefault(practitionerId, List.of())) {
        Optional<CountryDefinition> country = countries.apply(place.countryCode());
        if (country.isEmpty()) {
          continue;
        }
        WeeklyTemplate template =
            WeeklyTemplate.of(
                ranges.getOrDefault(practitionerId, List.of()).stream()
                    .filter(r -> r.locationId() == place.id())
                    .map(Range::range)
                    .toList());
        List<CalendarException> here =
            exceptions.getOrDefault(practitionerId, List.of()).stream()
                .filter(e -> e.locationId() == null || e.locationId() == place.id())
                .map(Exception::exception)
                .toList();
        AvailabilityQuery.Builder base =
            AvailabilityQuery.builder()
                .zone(place.zone())
                .template(template)
                .rules(CalendarReader.rules(country.get(), place.rules()))
                .exceptions(here)
                .holidays(
                    CalendarReader.observedHolidays(
                            country.get(), place.region(), place.zone(), window)
                        .keySet())
                .busy(busy.getOrDefault(practitionerId, List.of()))
                .window(window)
                .now(now);
        result.add(
            new LocationQueries(
                practitionerId,
                place.id(),
                ofPractitioner.stream().map(Motive::id).toList(),
                ofPractitioner.stream().map(m -> base.motive(m.rule()).build()).toList(),
                ofPractitioner.stream()
                    .filter(Motive::online)
                    .map(Motive::id)
                    .collect(Collectors.toUnmodifiableSet())));
      }
    }
    return result;
  }

  private static Map<Long, List<Place>> places(Connection c, Array ids) throws SQLException {
    Map<Long, List<Place>> byPractitioner = new HashMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT pl.practitioner_id, l.id, l.country_code, l.time_zone, l.region,"
                + " p.minimum_notice_minutes, p.booking_horizon_days, p.slot_interval_minutes"
                + " FROM practitioner_location pl JOIN location l ON l.id = pl.location_id"
                + " JOIN practitioner p ON p.id = pl.practitioner_id"
                + " WHERE pl.practitioner_id = ANY (?) ORDER BY pl.practitioner_id, l.id")) {
      s.setArray(1, ids);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          byPractitioner
              .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
              .add(
                  new Place(
                      rs.getLong(2),
                      rs.getString(3),
                      ZoneId.of(rs.getString(4)),
                      Optional.ofNullable(rs.getString(5)),
                      RuleOverrides.of(
                          rs.getObject(6, Integer.class),
                          rs.getObject(7, Integer.class),
                          rs.getObject(8, Integer.class))));
        }
      }
    }
    return byPractitioner;
  }

  private static Map<Long, List<Motive>> motives(Connection c, Array ids) throws SQLException {
    Map<Long, List<Motive>> byPractitioner = new LinkedHashMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT id, practitioner_id, duration_minutes, buffer_before_minutes,"
                + " buffer_after_minutes, online_bookable FROM visit_motive"
                + " WHERE practitioner_id = ANY (?)"
                + " ORDER BY practitioner_id, id")) {
      s.setArray(1, ids);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          Motive m =
              new Motive(
                  rs.getLong(1),
                  rs.getLong(2),
                  VisitMotiveRule.of(
                      rs.getLong(1),
                      Duration.ofMinutes(rs.getInt(3)),
                      Duration.ofMinutes(rs.getInt(4)),
                      Duration.ofMinutes(rs.getInt(5))),
                  rs.getBoolean(6));
          byPractitioner.computeIfAbsent(m.practitionerId(), k -> new ArrayList<>()).add(m);
        }
      }
    }
    return byPractitioner;
  }

  private static Map<Long, List<Range>> ranges(Connection c, Array ids) throws SQLException {
    Map<Long, List<Range>> byPractitioner = new HashMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT o.practitioner_id, o.location_id, o.day_of_week, o.start_time, o.end_time,"
                + " o.valid_from, o.valid_until, o.every_weeks, o.anchor_week,"
                + " array(SELECT m.motive_id FROM opening_range_motive m"
                + " WHERE m.opening_range_id = o.id ORDER BY m.motive_id)"
                + " FROM opening_range o WHERE o.practitioner_id = ANY (?)")) {
      s.setArray(1, ids);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          OpeningRange r =
              OpeningRange.of(
                  DayOfWeek.of(rs.getInt(3)),
                  LocalTimeRange.of(
                      rs.getObject(4, Time.class).toLocalTime(),
                      rs.getObject(5, Time.class).toLocalTime()));
          Date validFrom = rs.getDate(6);
          if (validFrom != null) {
            r = r.withValidFrom(validFrom.toLocalDate());
          }
          Date validUntil = rs.getDate(7);
          if (validUntil != null) {
            r = r.withValidUntil(validUntil.toLocalDate());
          }
          int everyWeeks = rs.getInt(8);
          if (everyWeeks > 1) {
            r = r.every(everyWeeks, rs.getDate(9).toLocalDate());
          }
          Long[] reserved = (Long[]) rs.getArray(10).getArray();
          if (reserved.length > 0) {
            r = r.withMotiveIds(Set.of(reserved));
          }
          byPractitioner
              .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
              .add(new Range(rs.getLong(1), rs.getLong(2), r));
        }
      }
    }
    return byPractitioner;
  }

  private static Map<Long, List<Exception>> exceptions(Connection c, Array ids, TimeRange window)
      throws SQLException {
    Map<Long, List<Exception>> byPractitioner = new HashMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT practitioner_id, location_id, kind, start_at, end_at FROM calendar_exception"
                + " WHERE practitioner_id = ANY (?) AND start_at < ? AND end_at > ?")) {
      s.setArray(1, ids);
      s.setTimestamp(2, Timestamp.from(window.end().plus(MARGIN)));
      s.setTimestamp(3, Timestamp.from(window.start().minus(MARGIN)));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          long locationId = rs.getLong(2);
          Long location = rs.wasNull() ? null : locationId;
          CalendarException e =
              CalendarException.of(
                  CalendarException.Kind.valueOf(rs.getString(3)),
                  TimeRange.of(rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant()));
          byPractitioner
              .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
              .add(new Exception(rs.getLong(1), location, e));
        }
      }
    }
    return byPractitioner;
  }

  /** Confirmed appointments and holds not yet expired at {@code now} occupy the calendar. */
  private static Map<Long, List<Busy>> busy(
      Connection c, Array ids, TimeRange window, Instant now, Map<Long, Motive> motives)
      throws SQLException {
    Map<Long, List<Busy>> byPractitioner = new HashMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT practitioner_id, motive_id, start_at, end_at FROM appointment"
                + " WHERE practitioner_id = ANY (?)"
                + " AND (status = 'CONFIRMED' OR (status = 'HELD' AND expires_at > ?))"
                + " AND start_at < ? AND end_at > ?")) {
      s.setArray(1, ids);
      s.setTimestamp(2, Timestamp.from(now));
      s.setTimestamp(3, Timestamp.from(window.end().plus(MARGIN)));
      s.setTimestamp(4, Timestamp.from(window.start().minus(MARGIN)));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          TimeRange range =
              TimeRange.of(rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant());
          Motive m = motives.get(rs.getLong(2));
          Busy b =
              m == null
                  ? Busy.of(range)
                  : Busy.of(range, m.rule().bufferBefore(), m.rule().bufferAfter());
          byPractitioner.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(b);
        }
      }
    }
    return byPractitioner;
  }
}
