package com.medislot.booking.slots;

import com.medislot.booking.availability.AvailabilityEngine;
import com.medislot.booking.availability.AvailabilityQuery;
import com.medislot.booking.availability.Slot;
import com.medislot.booking.availability.TimeRange;
import com.medislot.booking.practitioner.Location;
import com.medislot.booking.practitioner.Practitioner;
import com.medislot.booking.practitioner.VisitMotive;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Free slots for the read side: served from the slot cache when the cached window covers the
 * request, otherwise computed from the live calendar (and cached when it is the standard window).
 * The booking path never uses this cache.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SlotService {

  @Inject private CalendarReader calendars;
  @Inject private SlotCacheContainer cache;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "medislot.slots.window-days", defaultValue = "28")
  int windowDays;

  /** Free slots and the zone of the location they are at. */
  public record FreeSlots(ZoneId zone, List<Slot> slots) {}

  /** Free slots starting in {@code range}; validates that the triple belongs together. */
  public FreeSlots freeSlots(long practitionerId, long locationId, long motiveId, TimeRange range) {
    CalendarReader.Calendar c = calendars.calendar(practitionerId, locationId, motiveId);
    return new FreeSlots(c.location().zone(), freeSlots(c, range));
  }

  private List<Slot> freeSlots(CalendarReader.Calendar c, TimeRange range) {
    Instant now = clock.instant();
    Optional<CachedSlots> cached = Optional.ofNullable(cache.slots().get(key(c)));
    if (cached.isEmpty() || !cached.get().covers(range, now)) {
      CachedSlots fresh = compute(c, now);
      cached = Optional.of(fresh);
      if (!fresh.covers(range, now)) {
        return AvailabilityEngine.freeSlots(calendars.query(c, range, now, true));
      }
    }
    return cached.get().within(range, now);
  }

  /** The next {@code count} free slots of this practitioner at this location, any motive. */
  public List<Instant> nextStarts(Practitioner p, Location location, int count) {
    Instant now = clock.instant();
    TimeRange window = standardWindow(now);
    return calendars.motives(p.id()).stream()
        .flatMap(
            m -> {
              CalendarReader.Calendar c = new CalendarReader.Calendar(p, location, m);
              CachedSlots s = cache.slots().get(key(c));
              if (s == null) {
                s = compute(c, now);
              }
              return s.within(window, now).stream();
            })
        .map(Slot::start)
        .distinct()
        .sorted()
        .limit(count)
        .toList();
  }

  /** Recomputes every motive of this practitioner at every location into the cache. */
  public Optional<Instant> refresh(Practitioner p, Location location) {
    Instant now = clock.instant();
    Optional<Instant> earliest = Optional.empty();
    for (VisitMotive m : calendars.motives(p.id())) {
      CachedSlots s = compute(new CalendarReader.Calendar(p, location, m), now);
      if (s.starts().length > 0) {
        Instant first = Instant.ofEpochSecond(s.starts()[0]);
        earliest = earliest.filter(e -> e.isBefore(first)).or(() -> Optional.of(first));
      }
    }
    return earliest;
  }

  private CachedSlots compute(CalendarReader.Calendar c, Instant now) {
    TimeRange window = standardWindow(now);
    AvailabilityQuery q = calendars.query(c, window, now, true);
    List<Slot> slots = AvailabilityEngine.freeSlots(q);
    CachedSlots entry = CachedSlots.of(window, q.rules().minimumNotice(), slots);
    cache.slots().put(key(c), entry);
    return entry;
  }

  private TimeRange standardWindow(Instant now) {
    return TimeRange.of(now, now.plus(Duration.ofDays(windowDays)));
  }

  static String key(CalendarReader.Calendar c) {
    return c.practitioner().id() + ":" + c.location().id() + ":" + c.motive().id();
  }
}
