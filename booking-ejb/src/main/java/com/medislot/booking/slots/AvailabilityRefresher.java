package com.medislot.booking.slots;

import com.medislot.booking.practitioner.Location;
import com.medislot.booking.practitioner.Practitioner;
import com.medislot.booking.search.SearchIndexWriter;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Brings one practitioner's read side up to date: recomputes the cached slots of every location and
 * motive, then the search documents' next availability.
 */
@Stateless
public class AvailabilityRefresher {

  @Inject private CalendarReader calendars;
  @Inject private SlotService slots;
  @Inject private SearchIndexWriter index;

  /** Refreshes several practitioners in one transaction (one index commit for all of them). */
  public void refreshAll(List<Long> practitionerIds) {
    practitionerIds.forEach(this::refresh);
  }

  public void refresh(long practitionerId) {
    Practitioner p = calendars.practitioner(practitionerId);
    for (Location location : p.locations()) {
      Optional<Instant> next = slots.refresh(p, location);
      index.availabilityChanged(p.id(), location.id(), next);
    }
  }
}
