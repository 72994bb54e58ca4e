package com.medislot.booking.slots;

import com.medislot.booking.country.Country;
import com.medislot.booking.country.CountryCatalog;
import com.medislot.booking.infrastructure.SchemaMigrator;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Passes over many practitioners that recompute their cached slots and their search documents' next
 * availability, in batches of {@value #BATCH} (one transaction each, so one failure does not stop
 * the rest):
 *
 * <ul>
 *   <li>the warm-up after start-up: practitioners whose documents have no next availability yet, or
 *       everyone when the slot cache is empty (a restart of a node with a local cache, or of the
 *       whole cluster): the database then knows next availabilities the cache lacks, and every
 *       search result would otherwise be computed on the request's own time;
 *   <li>the passed-slot pass: practitioners whose next availability can no longer be booked,
 *       because it has started or now falls inside the minimum notice ({@link
 *       UnbookableNextAvailability}), so sorting and filtering by availability stay true as time
 *       goes by;
 *   <li>the full pass, nightly: everyone, which moves the precomputed window forward a day.
 * </ul>
 *
 * <p>In a cluster only one node runs a pass at a time: each pass first takes a PostgreSQL advisory
 * lock and is skipped by the nodes that do not get it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AvailabilityWarmup {

  private static final Logger LOG = Logger.getLogger(AvailabilityWarmup.class.getName());
  private static final int PAGE = 500;
  private static final int BATCH = 50;

  /** The advisory lock key of the availability passes ("SLOT" in ASCII). */
  static final long LOCK_KEY = 0x534C4F54L;

  @Resource(lookup = SchemaMigrator.DATASOURCE)
  private DataSource dataSource;

  @Inject private AvailabilityRefresher refresher;
  @Inject private SlotCacheContainer cache;
  @Inject private Clock clock;
  @Inject private CountryCatalog countries;

  /** One page of the practitioners a pass goes over, after the id {@code after}. */
  @FunctionalInterface
  private interface Selection {
    List<Long> page(Connection c, Instant now, long after) throws SQLException;
  }

  /** The warm-up, in the background. */
  @Asynchronous
  public void warmUp() {
    if (cache.slots().isEmpty()) {
      pass("warm-up of an empty slot cache", where("TRUE"));
    } else {
      pass("warm-up", where("next_available IS NULL"));
    }
  }

  /** Practitioners whose next availability can no longer be booked. */
  public void refreshPassed() {
    Map<String, Duration> byCountry = new HashMap<>();
    for (Country country : countries.live()) {
      countries
          .definition(country.code())
          .ifPresent(d -> byCountry.put(country.code(), d.bookingRules().minimumNotice()));
    }
    UnbookableNextAvailability.Notices notices;
    try (Connection c = dataSource.getConnection()) {
      notices =
          new UnbookableNextAvailability.Notices(
              byCountry, UnbookableNextAvailability.Notices.longestOverride(c));
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Availability passed-slot refresh failed", e);
      return;
    }
    pass(
        "passed-slot refresh",
        (c, now, after) -> UnbookableNextAvailability.page(c, now, notices, after, PAGE));
  }

  /** Every practitioner. */
  public void refreshAll() {
    pass("full refresh", where("TRUE"));
  }

  private void pass(String name, Selection selection) {
    try (Connection lock = dataSource.getConnection()) {
      if (!tryLock(lock)) {
        LOG.fine(() -> "Availability " + name + " skipped: another node is running a pass");
        return;
      }
      try {
        run(name, selection);
      } finally {
        try (PreparedStatement s = lock.prepareStatement("SELECT pg_advisory_unlock(?)")) {
          s.setLong(1, LOCK_KEY);
          s.execute();
        }
      }
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Availability " + name + " failed", e);
    }
  }

  private static boolean tryLock(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
      s.setLong(1, LOCK_KEY);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  private void run(String name, Selection selection) throws SQLException {
    long start = System.nanoTime();
    Instant now = clock.instant();
    long done = 0;
    long failed = 0;
    long after = 0;
    AvailabilityRefresher.Timings timings = AvailabilityRefresher.Timings.ZERO;
    long total = 0;
    while (true) {
      List<Long> page;
      try (Connection c = dataSource.getConnection()) {
        page = selection.page(c, now, after);
      }
      if (page.isEmpty()) {
        break;
      }
      for (int from = 0; from < page.size(); from += BATCH) {
        List<Long> batch = page.subList(from, Math.min(page.size(), from + BATCH));
        try {
          long before = System.nanoTime();
          timings = timings.plus(refresher.refreshAll(batch));
          total += System.nanoTime() - before;
          done += batch.size();
        } catch (RuntimeException e) {
          failed += batch.size();
          LOG.log(Level.WARNING, "Availability " + name + " failed for " + batch, e);
        }
      }
      after = page.get(page.size() - 1);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    long count = done;
    long failures = failed;
    AvailabilityRefresher.Timings spent = timings;
    long transactions = total / 1_000_000;
    // the passed-slot pass runs every few minutes: only the passes that did something are news
    Level level = count + failures > 0 ? Level.INFO : Level.FINE;
    LOG.log(
        level,
        () ->
            "Availability "
                + name
                + ": "
                + count
                + " practitioners in "
                + millis
                + " ms"
                + (failures > 0 ? ", " + failures + " failed" : "")
                + " (calendar reads "
                + spent.read() / 1_000_000
                + " ms, engine and cache "
                + spent.compute() / 1_000_000
                + " ms, search documents "
                + spent.index() / 1_000_000
                + " ms, transactions in all "
                + transactions
                + " ms)");
  }

  /** Practitioners with a document meeting a condition on {@code practitioner_search}. */
  private static Selection where(String condition) {
    return (c, now, after) -> {
      List<Long> ids = new ArrayList<>(PAGE);
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT DISTINCT practitioner_id FROM practitioner_search WHERE "
                  + condition
                  + " AND practitioner_id > ? ORDER BY practitioner_id LIMIT "
                  + PAGE)) {
        s.setLong(1, after);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            ids.add(rs.getLong(1));
          }
        }
      }
      return ids;
    };
  }
}
