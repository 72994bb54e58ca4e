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
 * compact, because half a million practitioners' worth sits in the cache: each slot is its start as
 * seconds after the window's start (an {@code int}), and the lengths are stored once when all slots
 * share one (a motive's entry), else one per slot (a location's summary, which merges motives).
 * About 4 bytes per slot instead of the 16 two epoch-second {@code long}s took.
 *
 * @param windowStart start of the computed window (inclusive, epoch seconds)
 * @param windowEnd end of the computed window (exclusive, epoch seconds)
 * @param earliestStartOffset the minimum notice in seconds, re-applied at read time
 * @param startOffsets slot starts in seconds after {@code windowStart}, ascending
 * @param lengths slot lengths in seconds: one value for every slot, or one per slot
 */
public record CachedSlots(
    long windowStart, long windowEnd, long earliestStartOffset, int[] startOffsets, int[] lengths)
    implements Serializable {

  private static final long serialVersionUID = 2L;

  public CachedSlots {
    if (lengths.length != 1 && lengths.length != startOffsets.length) {
      throw new IllegalArgumentException("one length for all slots, or one per slot");
    }
  }

  public static CachedSlots of(TimeRange window, Duration minimumNotice, List<Slot> slots) {
    long base = window.start().getEpochSecond();
    int[] starts = new int[slots.size()];
    int[] lengths = new int[slots.size()];
    boolean uniform = true;
    for (int i = 0; i < slots.size(); i++) {
      starts[i] = Math.toIntExact(slots.get(i).start().getEpochSecond() - base);
      lengths[i] =
          Math.toIntExact(
              slots.get(i).end().getEpochSecond() - slots.get(i).start().getEpochSecond());
      uniform &= lengths[i] == lengths[0];
    }
    return new CachedSlots(
        base,
        window.end().getEpochSecond(),
        minimumNotice.getSeconds(),
        starts,
        lengths.length == 0 ? new int[] {0} : uniform ? new int[] {lengths[0]} : lengths);
  }

  /** The number of slots held. */
  public int size() {
    return startOffsets.length;
  }

  private long start(int i) {
    return windowStart + startOffsets[i];
  }

  private long end(int i) {
    return start(i) + (lengths.length == 1 ? lengths[0] : lengths[i]);
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
    for (int i = 0; i < startOffsets.length; i++) {
      long start = start(i);
      long end = end(i);
      if (start >= from && end <= to) {
        result.add(Slot.of(Instant.ofEpochSecond(start), Instant.ofEpochSecond(end)));
      }
    }
    return result;
  }
}
