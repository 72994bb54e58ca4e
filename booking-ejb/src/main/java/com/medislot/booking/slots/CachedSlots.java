package com.medislot.booking.slots;

import com.medislot.booking.availability.Slot;
import com.medislot.booking.availability.TimeRange;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Precomputed free slots of one practitioner, location and motive over a window. Immutable and
 * compact (epoch seconds), because half a million practitioners' worth sits in the cache.
 *
 * @param windowStart start of the computed window (inclusive, epoch seconds)
 * @param windowEnd end of the computed window (exclusive, epoch seconds)
 * @param earliestStartOffset the minimum notice in seconds, re-applied at read time
 */
public record CachedSlots(
    long windowStart, long windowEnd, long earliestStartOffset, long[] starts, long[] ends)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public static CachedSlots of(TimeRange window, Duration minimumNotice, List<Slot> slots) {
    long[] starts = new long[slots.size()];
    long[] ends = new long[slots.size()];
    for (int i = 0; i < slots.size(); i++) {
      starts[i] = slots.get(i).start().getEpochSecond();
      ends[i] = slots.get(i).end().getEpochSecond();
    }
    return new CachedSlots(
        window.start().getEpochSecond(),
        window.end().getEpochSecond(),
        minimumNotice.getSeconds(),
        starts,
        ends);
  }

  /**
   * Whether this entry answers for the whole of {@code range} at {@code now}: the part of the range
   * before now holds no bookable slot, so only the rest must lie in the window.
   */
  public boolean covers(TimeRange range, Instant now) {
    long effectiveStart = Math.max(range.start().getEpochSecond(), now.getEpochSecond());
    return effectiveStart >= windowStart && range.end().getEpochSecond() <= windowEnd;
  }

  /** The slots starting inside {@code range} that are still bookable at {@code now}. */
  public List<Slot> within(TimeRange range, Instant now) {
    long from =
        Math.max(range.start().getEpochSecond(), now.getEpochSecond() + earliestStartOffset);
    long to = range.end().getEpochSecond();
    List<Slot> result = new ArrayList<>();
    for (int i = 0; i < starts.length; i++) {
      if (starts[i] >= from && ends[i] <= to) {
        result.add(Slot.of(Instant.ofEpochSecond(starts[i]), Instant.ofEpochSecond(ends[i])));
      }
    }
    return result;
  }
}
