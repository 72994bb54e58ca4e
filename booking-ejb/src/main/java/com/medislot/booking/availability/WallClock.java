package com.medislot.booking.availability;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Turns local date-times of one zone into instants, with the same results as {@link ZonedDateTime}
 * but faster for runs of nearby dates.
 *
 * <p>Resolving a local date-time through the zone rules is the costliest step of a computation.
 * Away from any offset change the offset is the same for every local date-time, so this class
 * remembers the offset of the last slow resolution and the span of instants, kept two days clear of
 * the surrounding transitions, where that offset is the only valid one. Two days exceed any offset
 * change (at most 36 hours between -18:00 and +18:00), so inside that span no local time can fall
 * in a gap or an overlap. Near a transition it asks {@link ZonedDateTime}.
 *
 * <p>Mutable cache, not thread-safe: one instance per computation.
 */
final class WallClock {

  private static final long MARGIN_SECONDS = 2 * 86_400L;

  private final ZoneId zone;
  private final ZoneRules rules;
  private ZoneOffset offset;
  private long safeFrom = Long.MAX_VALUE;
  private long safeUntil = Long.MIN_VALUE;
  // the offset period last looked up: from one transition (inclusive) to the next (exclusive)
  private long periodFrom = Long.MAX_VALUE;
  private long periodUntil = Long.MIN_VALUE;

  WallClock(ZoneId zone) {
    this.zone = zone;
    this.rules = zone.getRules();
    if (rules.isFixedOffset()) {
      offset = rules.getOffset(Instant.EPOCH);
      safeFrom = Long.MIN_VALUE;
      safeUntil = Long.MAX_VALUE;
    }
  }

  ZoneId zone() {
    return zone;
  }

  /**
   * Resolves like {@code ZonedDateTime.ofLocal(dateTime, zone, null)}: a time in a gap is moved
   * later by the gap's length, a time in an overlap takes the earlier offset.
   */
  Instant earlier(LocalDate date, LocalTime time) {
    Instant fast = fast(date, time);
    return fast != null
        ? fast
        : learn(ZonedDateTime.ofLocal(LocalDateTime.of(date, time), zone, null));
  }

  /** Resolves like {@link #earlier} but takes the later offset in an overlap. */
  Instant later(LocalDate date, LocalTime time) {
    Instant fast = fast(date, time);
    return fast != null
        ? fast
        : learn(
            ZonedDateTime.ofLocal(LocalDateTime.of(date, time), zone, null)
                .withLaterOffsetAtOverlap());
  }

  /** Resolves like {@link LocalDate#atStartOfDay(ZoneId)}: the first valid instant of the date. */
  Instant startOfDay(LocalDate date) {
    Instant fast = fast(date, LocalTime.MIDNIGHT);
    return fast != null ? fast : learn(date.atStartOfDay(zone));
  }

  /** Returns the local date of an instant. */
  LocalDate dateOf(Instant instant) {
    long s = instant.getEpochSecond();
    if (s >= safeFrom && s < safeUntil) {
      return LocalDate.ofEpochDay(Math.floorDiv(s + offset.getTotalSeconds(), 86_400L));
    }
    return learn(instant.atZone(zone)).atZone(zone).toLocalDate();
  }

  private Instant fast(LocalDate date, LocalTime time) {
    if (offset == null) {
      return null;
    }
    long guess = date.toEpochDay() * 86_400L + time.toSecondOfDay() - offset.getTotalSeconds();
    return guess >= safeFrom && guess < safeUntil
        ? Instant.ofEpochSecond(guess, time.getNano())
        : null;
  }

  private Instant learn(ZonedDateTime resolved) {
    Instant instant = resolved.toInstant();
    long s = instant.getEpochSecond();
    // near a transition every date takes this path: look the transitions up only on leaving the
    // period
    if (!rules.isFixedOffset() && (s < periodFrom || s >= periodUntil)) {
      offset = resolved.getOffset();
      // the transition at or before the instant, and the next one after it
      ZoneOffsetTransition previous = rules.previousTransition(instant.plusSeconds(1));
      ZoneOffsetTransition next = rules.nextTransition(instant);
      periodFrom = previous == null ? Long.MIN_VALUE : previous.toEpochSecond();
      periodUntil = next == null ? Long.MAX_VALUE : next.toEpochSecond();
      safeFrom = previous == null ? Long.MIN_VALUE : periodFrom + MARGIN_SECONDS;
      safeUntil = next == null ? Long.MAX_VALUE : periodUntil - MARGIN_SECONDS;
    }
    return instant;
  }
}
