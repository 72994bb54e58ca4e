package com.medislot.booking.slots;

import com.medislot.booking.availability.AvailabilityEngine;
import com.medislot.booking.availability.AvailabilityQuery;
import com.medislot.booking.availability.Slot;
import com.medislot.booking.availability.TimeRange;
import com.medislot.booking.errors.NotFoundException;
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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.infinispan.Cache;

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

  /** The cache outlives every instance of this bean: looked up once, not on every read. */
  private Cache<String, CachedSlots> slotCache;

  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "medislot.slots.window-days", defaultValue = "28")
  int windowDays;

  /** Free slots and the zone of the location they are at. */
  public record FreeSlots(ZoneId zone, List<Slot> slots) {}

  /** Free slots starting in {@code range}; validates that the triple belongs together. */
  public FreeSlots freeSlots(long practitionerId, long locationId, long motiveId, TimeRange range) {
    CalendarReader.Calendar c = calendars.calendar(practitionerId, locationId, motiveId);
    if (!c.motive().onlineBookable()) {
      // not in the public profile either: only the practice books it
      throw new NotFoundException("Visit motive", motiveId);
    }
    return new FreeSlots(c.location().zone(), freeSlots(c, range));
  }

  private List<Slot> freeSlots(CalendarReader.Calendar c, TimeRange range) {
    Instant now = clock.instant();
    Optional<CachedSlots> cached = Optional.ofNullable(slotCache().get(key(c)));
    if (cached.isPresent() && cached.get().covers(range, now)) {
      return cached.get().within(range, now);
    }
    if (range.end().isAfter(standardWindow(now).end())) {
      // Beyond the precomputed window: compute just this range, cache nothing.
      return AvailabilityEngine.freeSlots(calendars.query(c, range, now, true));
    }
    return compute(c, now).within(range, now);
  }

  /** {@link #nextStarts(long, long, int)} for several practitioner-locations, in their order. */
  public Map<NextSlots.At, List<Instant>> nextStarts(Collection<NextSlots.At> places, int count) {
    Map<NextSlots.At, List<Instant>> starts = new LinkedHashMap<>();
    for (NextSlots.At at : places) {
      starts.put(at, nextStarts(at.practitionerId(), at.locationId(), count));
    }
    return starts;
  }

  /**
   * The next {@code count} free starts at each place of the practitioner's motives with this key
   * ({@link VisitMotive#key}) that patients can book online, soonest first: the motives' own cache
   * entries merged (a miss computes that motive). One database read for the practitioners' motives.
   */
  public Map<NextSlots.At, List<Instant>> nextStarts(
      Collection<NextSlots.At> places, String motiveKey, int count) {
    Instant now = clock.instant();
    Map<Long, List<VisitMotive>> motives =
        calendars.onlineMotives(places.stream().map(NextSlots.At::practitionerId).toList());
    Map<NextSlots.At, List<Instant>> starts = new LinkedHashMap<>();
    for (NextSlots.At at : places) {
      List<Instant> merged =
          motives.getOrDefault(at.practitionerId(), List.of()).stream()
              .filter(m -> VisitMotive.key(m.name()).equals(motiveKey))
              .flatMap(m -> upcoming(at, m.id(), now, count).stream())
              .distinct()
              .sorted()
              .limit(count)
              .toList();
      starts.put(at, merged);
    }
    return starts;
  }

  /** The next starts of one motive at one place; empty if the place no longer exists. */
  private List<Instant> upcoming(NextSlots.At at, long motiveId, Instant now, int count) {
    CachedSlots cached = slotCache().get(key(at.practitionerId(), at.locationId(), motiveId));
    if (cached == null || cached.windowEnd() <= now.getEpochSecond()) {
      try {
        cached = compute(calendars.calendar(at.practitionerId(), at.locationId(), motiveId), now);
      } catch (NotFoundException e) {
        return List.of(); // the practitioner left this location since it was indexed
      }
    }
    return upcoming(cached, now, count);
  }

  /**
   * The next {@code count} free starts of a practitioner at a location, any motive patients can
   * book online, from the cache's per-location summary: one cache read per search result. A miss
   * recomputes the location's motives (and fills the summary).
   */
  public List<Instant> nextStarts(long practitionerId, long locationId, int count) {
    Instant now = clock.instant();
    CachedSlots summary = slotCache().get(summaryKey(practitionerId, locationId));
    List<Instant> starts = summary == null ? List.of() : upcoming(summary, now, count);
    // Missing, or truncated and gone stale as time passed: recompute the location once.
    if (summary == null
        || (starts.size() < count && summary.size() == Precomputation.SUMMARY_SLOTS)) {
      Practitioner p = calendars.practitioner(practitionerId);
      Optional<Location> location =
          p.locations().stream().filter(l -> l.id() == locationId).findFirst();
      if (location.isEmpty()) {
        return List.of();
      }
      refresh(p, location.get());
      summary = slotCache().get(summaryKey(practitionerId, locationId));
      starts = summary == null ? List.of() : upcoming(summary, now, count);
    }
    return starts;
  }

  private static List<Instant> upcoming(CachedSlots summary, Instant now, int count) {
    if (summary.windowEnd() <= now.getEpochSecond()) {
      return List.of();
    }
    return summary
        .within(TimeRange.of(now, Instant.ofEpochSecond(summary.windowEnd())), now)
        .stream()
        .map(Slot::start)
        .distinct()
        .limit(count)
        .toList();
  }

  /** Recomputes every motive of this practitioner at this location into the cache. */
  private Optional<Instant> refresh(Practitioner p, Location location) {
    Instant now = clock.instant();
    TimeRange window = standardWindow(now);
    List<VisitMotive> motives = calendars.motives(p.id());
    List<AvailabilityQuery> queries = calendars.queries(p, location, motives, window, now);
    return store(
        new BulkCalendars.LocationQueries(
            p.id(),
            location.id(),
            motives.stream().map(VisitMotive::id).toList(),
            queries,
            motives.stream()
                .filter(VisitMotive::onlineBookable)
                .map(VisitMotive::id)
                .collect(Collectors.toUnmodifiableSet())),
        window);
  }

  /**
   * Computes the free slots of every motive of one practitioner at one location and caches them,
   * with the location's summary (its earliest slots of the motives patients can book online,
   * merged) for search results.
   *
   * @return the earliest free slot there, if any
   */
  public Optional<Instant> store(BulkCalendars.LocationQueries location, TimeRange window) {
    Precomputation computed = Precomputation.of(location, window);
    // One put per key, never putAll: every node refreshes the same practitioner on every event,
    // and in the distributed cache two nodes' putAll of the same keys lock them on their own
    // primary owners in opposite orders and wait for each other until the lock timeout (10 s),
    // the refresh fails and the owners are left holding different entries. Each entry is whole
    // on its own, so nothing needs the keys written together.
    computed.entries().forEach(slotCache()::put);
    return computed.nextAvailable();
  }

  private CachedSlots compute(CalendarReader.Calendar c, Instant now) {
    TimeRange window = standardWindow(now);
    AvailabilityQuery q = calendars.query(c, window, now, true);
    List<Slot> slots = AvailabilityEngine.freeSlots(q);
    CachedSlots entry = CachedSlots.of(window, q.rules().minimumNotice(), slots);
    slotCache().put(key(c), entry);
    return entry;
  }

  /** The precomputed window starting at {@code now}: {@code medislot.slots.window-days} days. */
  public TimeRange standardWindow(Instant now) {
    return TimeRange.of(now, now.plus(Duration.ofDays(windowDays)));
  }

  public static String summaryKey(long practitionerId, long locationId) {
    return "next:" + practitionerId + ":" + locationId;
  }

  static String key(CalendarReader.Calendar c) {
    return key(c.practitioner().id(), c.location().id(), c.motive().id());
  }

  public static String key(long practitionerId, long locationId, long motiveId) {
    return practitionerId + ":" + locationId + ":" + motiveId;
  }

  private Cache<String, CachedSlots> slotCache() {
    if (slotCache == null) {
      slotCache = cache.slots();
    }
    return slotCache;
  }
}
