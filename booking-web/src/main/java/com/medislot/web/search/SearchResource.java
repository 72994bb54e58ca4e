package com.medislot.web.search;

import com.medislot.booking.country.CountryCatalog;
import com.medislot.booking.errors.InvalidInputException;
import com.medislot.booking.infrastructure.Jsons;
import com.medislot.booking.practitioner.KnownSpecialties;
import com.medislot.booking.practitioner.VisitMotive;
import com.medislot.booking.search.Gazetteer;
import com.medislot.booking.search.Place;
import com.medislot.booking.search.PractitionerSearch;
import com.medislot.booking.search.SearchAnswer;
import com.medislot.booking.search.SearchCriteria;
import com.medislot.booking.search.SearchHit;
import com.medislot.booking.search.SearchPage;
import com.medislot.booking.search.SearchResultCache;
import com.medislot.booking.search.UnknownPlaceException;
import com.medislot.booking.slots.NextSlots;
import com.medislot.web.support.Params;
import com.medislot.web.support.RequestTimers;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Timer;

/**
 * {@code GET /search/practitioners}: around {@code lat}/{@code lon} or a place ({@code near}),
 * answers cached for a few seconds and served stale (header {@value #STALE_HEADER}, field {@code
 * stale}) when the index fails, pages linked by signed cursors.
 */
@Path("search/practitioners")
@ApplicationScoped
public class SearchResource {

  static final double DEFAULT_RADIUS_KM = 10;
  static final double MAX_RADIUS_KM = 100;
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;

  static final int SUGGESTIONS = 5;
  static final String STALE_HEADER = "Medislot-Stale";

  /** Letters of any script, digits, spaces, apostrophes, dots and hyphens: names and postcodes. */
  static final String PLACE_PATTERN = "[\\p{L}\\p{M}\\p{N} '\u2019.-]{1,100}";

  /** A visit motive's name: as a place's, with parentheses, slashes and commas. */
  static final String MOTIVE_PATTERN = "[\\p{L}\\p{M}\\p{N} '\u2019.,/()-]{1,100}";

  @Inject PractitionerSearch search;
  @Inject MetricRegistry metrics;
  @Inject KnownSpecialties specialties;
  @Inject NextSlots nextSlots;
  @Inject Gazetteer gazetteer;
  @Inject SearchResultCache cache;
  @Inject SearchCursors cursors;
  @Inject CountryCatalog countries;

  private Timer searches;

  @PostConstruct
  void registerTimer() {
    searches =
        RequestTimers.timer(metrics, "medislot.searches", "Practitioner searches, any outcome");
  }

  /**
   * The query string as given, each parameter {@code null} when absent; checked by {@link #answer}.
   */
  record Query(
      String lat,
      String lon,
      String near,
      String radiusKm,
      String specialty,
      String language,
      String motive,
      String country,
      String newPatients,
      String availableBefore,
      String sort,
      String limit,
      String cursor) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response search(
      @QueryParam("lat") String lat,
      @QueryParam("lon") String lon,
      @QueryParam("near") String near,
      @QueryParam("radiusKm") String radiusKm,
      @QueryParam("specialty") String specialty,
      @QueryParam("language") String language,
      @QueryParam("motive") String motive,
      @QueryParam("country") String country,
      @QueryParam("newPatients") String newPatients,
      @QueryParam("availableBefore") String availableBefore,
      @QueryParam("sort") String sort,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    try (Timer.Context timing = searches.time()) {
      SearchAnswer answer =
          answer(
              new Query(
                  lat,
                  lon,
                  near,
                  radiusKm,
                  specialty,
                  language,
                  motive,
                  country,
                  newPatients,
                  availableBefore,
                  sort,
                  limit,
                  cursor));
      Response.ResponseBuilder ok = Response.ok(answer.body(), MediaType.APPLICATION_JSON_TYPE);
      return answer.stale() ? ok.header(STALE_HEADER, "true").build() : ok.build();
    }
  }

  /** The answer: fresh, cached, or stale when the index failed. */
  SearchAnswer answer(Query q) {
    Optional<String> specialtyCode =
        Params.optionalToken("specialty", q.specialty(), "[a-z0-9-]{2,64}");
    double radius =
        Params.optionalDouble("radiusKm", q.radiusKm(), DEFAULT_RADIUS_KM, 0, MAX_RADIUS_KM);
    Optional<String> languageCode = Params.optionalToken("language", q.language(), "[a-z]{2,3}");
    Optional<String> motiveKey = motiveKey(q.motive());
    Optional<String> countryCode =
        Params.optionalToken("country", q.country(), "[A-Za-z]{2}")
            .map(c -> c.toUpperCase(Locale.ROOT));
    Optional<Boolean> onlyNewPatients = Params.optionalBoolean("newPatients", q.newPatients());
    Optional<Instant> before =
        Params.optionalDate("availableBefore", q.availableBefore()).map(SearchResource::endOfDay);
    SearchCriteria.SortOrder order = sortOrder(q.sort());
    int pageSize = Params.optionalInt("limit", q.limit(), DEFAULT_LIMIT, 1, MAX_LIMIT);
    double[] point = point(q.lat(), q.lon(), q.near());
    SearchCriteria firstPage =
        new SearchCriteria(
            point[0],
            point[1],
            radius,
            specialtyCode,
            languageCode,
            motiveKey,
            countryCode,
            onlyNewPatients,
            before,
            order,
            0,
            pageSize);
    int offset = cursors.codec().decode(q.cursor(), firstPage.queryKey());
    SearchCriteria criteria =
        new SearchCriteria(
            point[0],
            point[1],
            radius,
            specialtyCode,
            languageCode,
            motiveKey,
            countryCode,
            onlyNewPatients,
            before,
            order,
            offset,
            pageSize);
    // the specialty and country are checked on a cache miss only, so that a failing database,
    // like a failing index, gives a stale answer or a 503 rather than a server error
    SearchAnswer answer =
        cache.answer(
            criteria.pageKey(),
            () -> {
              requireKnown(specialtyCode);
              requireLive(countryCode);
              return render(criteria);
            });
    return answer.stale() ? new SearchAnswer(markedStale(answer.body()), true) : answer;
  }

  /** The key a motive name is matched on; a name without a letter or a digit is refused. */
  private static Optional<String> motiveKey(String raw) {
    Optional<String> name = Params.optionalToken("motive", raw, MOTIVE_PATTERN);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    String key = VisitMotive.key(name.get());
    if (key.isEmpty()) {
      throw new InvalidInputException("motive", "must name a visit motive, e.g. Consultation");
    }
    return Optional.of(key);
  }

  /** The search point: {@code lat}/{@code lon}, or the centre of the place {@code near} names. */
  private double[] point(String lat, String lon, String near) {
    Optional<String> place = Params.optionalToken("near", near, PLACE_PATTERN);
    boolean coordinates = isGiven(lat) || isGiven(lon);
    if (place.isPresent() && coordinates) {
      throw new InvalidInputException("near", "give either near or lat and lon, not both");
    }
    if (place.isEmpty()) {
      if (!coordinates) {
        throw new InvalidInputException("lat", "is required, with lon (or give near=<place>)");
      }
      return new double[] {
        Params.requiredDouble("lat", lat, -90, 90), Params.requiredDouble("lon", lon, -180, 180)
      };
    }
    Place found =
        gazetteer
            .find(place.get())
            .orElseThrow(
                () ->
                    new UnknownPlaceException(
                        "near", place.get(), gazetteer.suggestions(place.get(), SUGGESTIONS)));
    return new double[] {found.latitude(), found.longitude()};
  }

  private void requireLive(Optional<String> countryCode) {
    if (countryCode.isPresent() && countries.definition(countryCode.get()).isEmpty()) {
      throw new InvalidInputException("country", "no live country has this code");
    }
  }

  private void requireKnown(Optional<String> specialtyCode) {
    if (specialtyCode.isPresent() && !specialties.exists(specialtyCode.get())) {
      throw new InvalidInputException("specialty", "unknown specialty; see GET /specialties");
    }
  }

  private static boolean isGiven(String raw) {
    return raw != null && !raw.isBlank();
  }

  private String render(SearchCriteria criteria) {
    SearchPage page = search.search(criteria);
    List<NextSlots.At> places = page.places();
    // with a motive, the slots shown are that motive's; else the place's earliest, any motive
    Map<NextSlots.At, List<Instant>> nextStarts =
        places.isEmpty()
            ? Map.of()
            : criteria.motive().isPresent()
                ? nextSlots.next(places, criteria.motive().get(), SearchPage.NEXT_SLOTS)
                : nextSlots.next(places, SearchPage.NEXT_SLOTS);
    JsonArrayBuilder results = Jsons.createArrayBuilder();
    for (SearchHit hit : page.hits()) {
      results.add(
          result(hit, nextStarts.get(new NextSlots.At(hit.practitionerId(), hit.locationId()))));
    }
    JsonObjectBuilder body = Jsons.createObjectBuilder().add("results", results);
    int next = criteria.offset() + criteria.limit();
    if (page.hasMore() && next <= CursorCodec.MAX_OFFSET) {
      body.add("nextCursor", cursors.codec().encode(next, criteria.queryKey()));
    }
    return body.add("stale", false).build().toString();
  }

  private static String markedStale(String body) {
    JsonObject fresh = Jsons.createReader(new StringReader(body)).readObject();
    return Jsons.createObjectBuilder(fresh).add("stale", true).build().toString();
  }

  private JsonObjectBuilder result(SearchHit d, List<Instant> nextStarts) {
    JsonArrayBuilder languages = Jsons.createArrayBuilder();
    d.languages().forEach(languages::add);
    JsonArrayBuilder slots = Jsons.createArrayBuilder();
    nextStarts.forEach(s -> slots.add(s.toString()));
    JsonObjectBuilder r =
        Jsons.createObjectBuilder()
            .add("practitionerId", d.practitionerId())
            .add("name", d.practitionerName())
            .add(
                "specialty",
                Jsons.createObjectBuilder()
                    .add("code", d.specialtyCode())
                    .add("name", d.specialtyName()))
            .add("languages", languages)
            .add("acceptsNewPatients", d.acceptsNewPatients())
            .add(
                "location",
                Jsons.createObjectBuilder()
                    .add("id", d.locationId())
                    .add("name", d.locationName())
                    .add("address", d.address())
                    .add("city", d.city())
                    .add("countryCode", d.countryCode())
                    .add("lat", d.latitude())
                    .add("lon", d.longitude()))
            .add("distanceKm", Math.round(d.distanceKm() * 100) / 100.0)
            .add("nextSlots", slots);
    // The index orders and filters by its stored value, but time can make that slot unbookable
    // (inside the minimum notice) before the next passed-slot pass moves it; the slots read now
    // from the cache are the truth, so a result never names a slot it no longer offers.
    Optional<Instant> next =
        nextStarts.isEmpty() ? d.nextAvailable() : Optional.of(nextStarts.get(0));
    next.ifPresentOrElse(
        n -> r.add("nextAvailable", n.toString()), () -> r.addNull("nextAvailable"));
    return r;
  }

  /** {@code availableBefore=D} keeps practitioners free on D or earlier (end of D, UTC+14 safe). */
  private static Instant endOfDay(LocalDate date) {
    return date.plusDays(1).atStartOfDay().toInstant(ZoneOffset.ofHours(-12));
  }

  private static SearchCriteria.SortOrder sortOrder(String raw) {
    if (raw == null || raw.isBlank()) {
      return SearchCriteria.SortOrder.DISTANCE;
    }
    return switch (raw.trim().toLowerCase(Locale.ROOT)) {
      case "distance" -> SearchCriteria.SortOrder.DISTANCE;
      case "availability" -> SearchCriteria.SortOrder.AVAILABILITY;
      default -> throw new InvalidInputException("sort", "must be distance or availability");
    };
  }
}
