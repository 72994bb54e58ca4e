package com.medislot.booking.search;

import com.medislot.booking.slots.NextSlots;
import java.util.List;

/** A page of hits; {@code hasMore} tells whether a next page exists. */
public record SearchPage(List<SearchHit> hits, boolean hasMore) {

  /** How many next free slots each result shows. */
  public static final int NEXT_SLOTS = 3;

  /** Where the hits' practitioners are, in the hits' order: what their next slots are read for. */
  public List<NextSlots.At> places() {
    return hits.stream().map(h -> new NextSlots.At(h.practitionerId(), h.locationId())).toList();
  }
}
