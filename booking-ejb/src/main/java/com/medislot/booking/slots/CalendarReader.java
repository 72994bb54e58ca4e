package com.medislot.booking.slots;

import com.medislot.booking.appointment.Appointment;
import com.medislot.booking.appointment.AppointmentStatus;
import com.medislot.booking.availability.AvailabilityQuery;
import com.medislot.booking.availability.BookingRules;
import com.medislot.booking.availability.Busy;
import com.medislot.booking.availability.CalendarException;
import com.medislot.booking.availability.OpeningRange;
import com.medislot.booking.availability.TimeRange;
import com.medislot.booking.availability.VisitMotiveRule;
import com.medislot.booking.availability.WeeklyTemplate;
import com.medislot.booking.country.CountryCatalog;
import com.medislot.booking.errors.NotFoundException;
import com.medislot.booking.practitioner.CalendarExceptionRecord;
import com.medislot.booking.practitioner.Location;
import com.medislot.booking.practitioner.Practitioner;
import com.medislot.booking.practitioner.RuleOverrides;
import com.medislot.booking.practitioner.VisitMotive;
import com.medislot.booking.practitioner.WeeklyOpening;
import com.medislot.country.CountryDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a practitioner's live calendar from the write model and turns it into an engine query.
 * Always reads the database, never a cache: the booking path relies on it.
 */
@ApplicationScoped
public class CalendarReader {

  /** Appointments and exceptions this far around a window can still reach into it. */
  private static final Duration MARGIN = Duration.ofDays(1);

  /**
   * EclipseLink's query hints that read the ranges' motive restrictions in one more query for all
   * ranges, instead of one per range.
   */
  public static final String MOTIVES_IN_ONE_QUERY = "eclipselink.batch";

  public static final String MOTIVES_BATCH_TYPE = "eclipselink.batch.type";

  @PersistenceContext(unitName = "booking")
  private EntityManager em;

  @Inject private CountryCatalog countries;

  /** Everything needed to compute one practitioner's slots at one location for one motive. */
  public record Calendar(Practitioner practitioner, Location location, VisitMotive motive) {}

  /**
   * Resolves and checks the triple practitioner / location / motive.
   *
   * @throws NotFoundException if any is unknown or they do not belong together
   */
  public Calendar calendar(long practitionerId, long locationId, long motiveId) {
    Practitioner p = practitioner(practitionerId);
    return calendar(p, locationId, motiveId);
  }

  public Calendar calendar(Practitioner p, long locationId, long motiveId) {
    Location location =
        p.locations().stream()
            .filter(l -> l.id() == locationId)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("Location", locationId));
    VisitMotive motive = em.find(VisitMotive.class, motiveId);
    if (motive == null || motive.practitionerId() != p.id()) {
      throw new NotFoundException("Visit motive", motiveId);
    }
    return new Calendar(p, location, motive);
  }

  public Practitioner practitioner(long practitionerId) {
    Practitioner p = em.find(Practitioner.class, practitionerId);
    if (p == null) {
      throw new NotFoundException("Practitioner", practitionerId);
    }
    return p;
  }

  /** The visit motives of a practitioner, by id. */
  public List<VisitMotive> motives(long practitionerId) {
    return em.createQuery(
            "SELECT m FROM VisitMotive m WHERE m.practitionerId = :p ORDER BY m.id",
            VisitMotive.class)
        .setParameter("p", practitionerId)
        .getResultList();
  }

  /** The motives patients can book online of several practitioners, by practitioner, by id. */
  public Map<Long, List<VisitMotive>> onlineMotives(Collection<Long> practitionerIds) {
    if (practitionerIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "SELECT m FROM VisitMotive m WHERE m.practitionerId IN :p AND m.onlineBookable = true"
                + " ORDER BY m.id",
            VisitMotive.class)
        .setParameter("p", Set.copyOf(practitionerIds))
        .getResultStream()
        .collect(Collectors.groupingBy(VisitMotive::practitionerId));
  }

  /**
   * The engine query for this calendar over {@code window}.
   *
   * @param withAppointments false to ignore existing appointments (tells "taken" from "never
   *     offered")
   */
  public AvailabilityQuery query(
      Calendar c, TimeRange window, Instant now, boolean withAppointments) {
    return query(c, window, now, withAppointments, OptionalLong.empty());
  }

  /**
   * As {@link #query(Calendar, TimeRange, Instant, boolean)}, leaving one appointment out of the
   * busy ranges (the one being moved).
   */
  public AvailabilityQuery query(
      Calendar c, TimeRange window, Instant now, boolean withAppointments, OptionalLong ignoring) {
    List<VisitMotive> motives = withAppointments ? motives(c.practitioner().id()) : List.of();
    return locationQuery(
            c.practitioner(), c.location(), motives, window, now, withAppointments, ignoring)
        .motive(rule(c.motive()))
        .build();
  }

  /**
   * One query per motive of a practitioner at a location over the same window: the template,
   * exceptions, holidays and appointments are read once for all of them.
   */
  public List<AvailabilityQuery> queries(
      Practitioner p, Location location, List<VisitMotive> motives, TimeRange window, Instant now) {
    AvailabilityQuery.Builder base =
        locationQuery(p, location, motives, window, now, true, OptionalLong.empty());
    return motives.stream().map(m -> base.motive(rule(m)).build()).toList();
  }

  /** Everything but the motive; {@code motives} gives the buffers of existing appointments. */
  private AvailabilityQuery.Builder locationQuery(
      Practitioner p,
      Location location,
      List<VisitMotive> motives,
      TimeRange window,
      Instant now,
      boolean withAppointments,
      OptionalLong ignoring) {
    ZoneId zone = location.zone();
    CountryDefinition country =
        countries
            .definition(location.countryCode())
            .orElseThrow(
                () -> new IllegalStateException("Country not live: " + location.countryCode()));
    return AvailabilityQuery.builder()
        .zone(zone)
        .template(template(p.id(), location.id()))
        .rules(rules(country, p.ruleOverrides()))
        .exceptions(exceptions(p.id(), location.id(), window))
        .holidays(holidays(country, location, window).keySet())
        .busy(withAppointments ? busy(p.id(), motives, window, now, ignoring) : List.of())
        .window(window)
        .now(now);
  }

  private static VisitMotiveRule rule(VisitMotive m) {
    return VisitMotiveRule.of(m.id(), m.duration(), m.bufferBefore(), m.bufferAfter());
  }

  /** The booking rules for the engine: the country's, with the practitioner's own over them. */
  static BookingRules rules(CountryDefinition country, RuleOverrides overrides) {
    var r = country.bookingRules();
    return overrides.applyTo(r.minimumNotice(), r.bookingHorizon());
  }

  private WeeklyTemplate template(long practitionerId, long locationId) {
    List<WeeklyOpening> openings =
        em.createQuery(
                "SELECT o FROM WeeklyOpening o WHERE o.practitionerId = :p AND o.locationId = :l",
                WeeklyOpening.class)
            .setParameter("p", practitionerId)
            .setParameter("l", locationId)
            .setHint(MOTIVES_IN_ONE_QUERY, "o.motiveIds")
            .setHint(MOTIVES_BATCH_TYPE, "IN")
            .getResultList();
    List<OpeningRange> ranges = openings.stream().map(WeeklyOpening::toRange).toList();
    return WeeklyTemplate.of(ranges);
  }

  private List<CalendarException> exceptions(
      long practitionerId, long locationId, TimeRange window) {
    return em.createQuery(
            "SELECT e FROM CalendarExceptionRecord e WHERE e.practitionerId = :p"
                + " AND (e.locationId IS NULL OR e.locationId = :l)"
                + " AND e.startAt < :to AND e.endAt > :from",
            CalendarExceptionRecord.class)
        .setParameter("p", practitionerId)
        .setParameter("l", locationId)
        .setParameter("from", window.start().minus(MARGIN))
        .setParameter("to", window.end().plus(MARGIN))
        .getResultStream()
        .map(
            e ->
                CalendarException.of(
                    CalendarException.Kind.valueOf(e.kind()), TimeRange.of(e.startAt(), e.endAt())))
        .toList();
  }

  /** Confirmed appointments and holds not yet expired at {@code now} occupy the calendar. */
  private List<Busy> busy(
      long practitionerId,
      List<VisitMotive> motives,
      TimeRange window,
      Instant now,
      OptionalLong ignoring) {
    List<Appointment> appointments =
        em.createQuery(
                "SELECT a FROM Appointment a WHERE a.practitionerId = :p"
                    + " AND (a.status = :s OR (a.status = :held AND a.expiresAt > :now))"
                    + " AND a.start < :to AND a.end > :from",
                Appointment.class)
            .setParameter("p", practitionerId)
            .setParameter("s", AppointmentStatus.CONFIRMED)
            .setParameter("held", AppointmentStatus.HELD)
            .setParameter("now", now)
            .setParameter("from", window.start().minus(MARGIN))
            .setParameter("to", window.end().plus(MARGIN))
            .getResultList();
    Map<Long, VisitMotive> byId =
        motives.stream().collect(Collectors.toMap(VisitMotive::id, Function.identity()));
    List<Busy> busy = new ArrayList<>(appointments.size());
    for (Appointment a : appointments) {
      if (ignoring.isPresent() && ignoring.getAsLong() == a.id()) {
        continue;
      }
      VisitMotive m = byId.get(a.motiveId());
      TimeRange range = TimeRange.of(a.start(), a.end());
      busy.add(m == null ? Busy.of(range) : Busy.of(range, m.bufferBefore(), m.bufferAfter()));
    }
    return busy;
  }

  /**
   * The public holidays a location observes around {@code window} (a day's margin either side),
   * with their names: its country's, plus its region's own when it has one.
   */
  public SortedMap<LocalDate, String> holidays(Location location, TimeRange window) {
    CountryDefinition country =
        countries
            .definition(location.countryCode())
            .orElseThrow(
                () -> new IllegalStateException("Country not live: " + location.countryCode()));
    return holidays(country, location, window);
  }

  private static SortedMap<LocalDate, String> holidays(
      CountryDefinition country, Location location, TimeRange window) {
    return observedHolidays(country, location.region(), location.zone(), window);
  }

  /**
   * The holidays observed in a country, or in one of its regions when given, on the local dates of
   * {@code window} in {@code zone} with a day's margin either side.
   */
  static SortedMap<LocalDate, String> observedHolidays(
      CountryDefinition country, Optional<String> region, ZoneId zone, TimeRange window) {
    int first = window.start().minus(MARGIN).atZone(zone).getYear();
    int last = window.end().plus(MARGIN).atZone(zone).getYear();
    SortedMap<LocalDate, String> days = new TreeMap<>();
    for (int year = first; year <= last; year++) {
      days.putAll(
          region.isPresent() ? country.holidays(year, region.get()) : country.holidays(year));
    }
    return days;
  }

  /** The booking horizon at a location: the country's, or the practitioner's own. */
  public Period horizon(Practitioner p, Location location) {
    return countries
        .definition(location.countryCode())
        .map(d -> rules(d, p.ruleOverrides()).bookingHorizon())
        .orElse(Period.ofDays(90));
  }
}
