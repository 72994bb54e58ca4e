package com.medislot.booking.slots;

import com.medislot.booking.availability.AvailabilityEngine;
import com.medislot.booking.availability.AvailabilityQuery;
import com.medislot.booking.availability.Slot;
import com.medislot.booking.availability.TimeRange;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The slot-cache entries of one practitioner at one location: the free slots of every motive, and
 * the location's summary (its earliest slots of the motives patients can book online, merged) that
 * search results show and the index's next availability comes from. Pure: the caller stores the
 * entries.
 *
 * @param entries cache key to entry
 * @param nextAvailable the earliest free slot there, if any
 */
public record Precomputation(Map<String, CachedSlots> entries, Optional<Instant> nextAvailable) {

  /** How many of the earliest slots the per-location summary keeps. */
  static final int SUMMARY_SLOTS = 20;

  /** Runs the engine for every motive of {@code location} over {@code window}. */
  public static Precomputation of(BulkCalendars.LocationQueries location, TimeRange window) {
    List<Slot> all = new ArrayList<>();
    Duration notice = Duration.ZERO;
    Map<String, CachedSlots> entries = new HashMap<>();
    for (int i = 0; i < location.queries().size(); i++) {
      AvailabilityQuery q = location.queries().get(i);
      List<Slot> slots = AvailabilityEngine.freeSlots(q);
      notice = q.rules().minimumNotice();
      long motive = location.motiveIds().get(i);
      entries.put(
          SlotService.key(location.practitionerId(), location.locationId(), motive),
          CachedSlots.of(window, notice, slots));
      if (location.onlineMotiveIds().contains(motive)) {
        all.addAll(slots); // a motive only the practice books is not offered in search results
      }
    }
    all.sort(Comparator.comparing(Slot::start));
    List<Slot> first = all.stream().limit(SUMMARY_SLOTS).toList();
    entries.put(
        SlotService.summaryKey(location.practitionerId(), location.locationId()),
        CachedSlots.of(window, notice, first));
    return new Precomputation(entries, first.stream().findFirst().map(Slot::start));
  }
}
