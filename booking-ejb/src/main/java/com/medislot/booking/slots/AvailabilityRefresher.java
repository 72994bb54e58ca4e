package com.medislot.booking.slots;

import com.medislot.booking.availability.TimeRange;
import com.medislot.booking.country.CountryCatalog;
import com.medislot.booking.infrastructure.SchemaMigrator;
import com.medislot.booking.search.SearchIndexWriter;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Brings one practitioner's read side up to date: recomputes the cached slots of every location and
 * motive, then the search documents' next availability.
 */
@Stateless
public class AvailabilityRefresher {

  @Inject private SlotService slots;
  @Inject private SearchIndexWriter index;
  @Inject private CountryCatalog countries;
  @Inject private Clock clock;

  @Resource(lookup = SchemaMigrator.DATASOURCE)
  private DataSource dataSource;

  /** Where a bulk refresh spent its time, in nanoseconds. */
  public record Timings(long read, long compute, long index) {
    Timings plus(Timings o) {
      return new Timings(read + o.read, compute + o.compute, index + o.index);
    }

    static final Timings ZERO = new Timings(0, 0, 0);
  }

  /**
   * Refreshes several practitioners in one transaction (one index commit for all of them), reading
   * their calendars with a few set-based queries.
   *
   * @return where the time went (the index commit happens after, at the end of the transaction)
   */
  public Timings refreshAll(List<Long> practitionerIds) {
    long t0 = System.nanoTime();
    Instant now = clock.instant();
    TimeRange window = slots.standardWindow(now);
    List<BulkCalendars.LocationQueries> locations;
    try (Connection c = dataSource.getConnection()) {
      locations = BulkCalendars.read(c, practitionerIds, window, now, countries::definition);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the calendars of " + practitionerIds, e);
    }
    long t1 = System.nanoTime();
    List<Optional<Instant>> next = new ArrayList<>(locations.size());
    for (BulkCalendars.LocationQueries location : locations) {
      next.add(slots.store(location, window));
    }
    long t2 = System.nanoTime();
    List<SearchIndexWriter.Change> changes = new ArrayList<>(locations.size());
    for (int i = 0; i < locations.size(); i++) {
      changes.add(
          new SearchIndexWriter.Change(
              locations.get(i).practitionerId(), locations.get(i).locationId(), next.get(i)));
    }
    index.availabilityChanged(changes);
    return new Timings(t1 - t0, t2 - t1, System.nanoTime() - t2);
  }

  /** Refreshes one practitioner after a change to its calendar, the same way as a batch. */
  public void refresh(long practitionerId) {
    refreshAll(List.of(practitionerId));
  }
}
