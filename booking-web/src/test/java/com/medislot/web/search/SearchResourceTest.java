package com.medislot.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.medislot.booking.country.CountryCatalog;
import com.medislot.booking.errors.InvalidInputException;
import com.medislot.booking.practitioner.KnownSpecialties;
import com.medislot.booking.search.Gazetteer;
import com.medislot.booking.search.HotQueries;
import com.medislot.booking.search.PractitionerSearch;
import com.medislot.booking.search.SearchAnswer;
import com.medislot.booking.search.SearchCriteria;
import com.medislot.booking.search.SearchHit;
import com.medislot.booking.search.SearchPage;
import com.medislot.booking.search.SearchResultCache;
import com.medislot.booking.search.SearchUnavailableException;
import com.medislot.booking.search.UnknownPlaceException;
import com.medislot.booking.slots.NextSlots;
import com.medislot.country.CountryDefinition;
import com.medislot.country.CountryFiles;
import com.medislot.web.problem.SearchUnavailableMapper;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The search resource outside the container, with the real gazetteer, cursor codec and hot-query
 * cache, over a search port that records the criteria and can be made to fail.
 */
class SearchResourceTest {

  private static final Gazetteer GAZETTEER = Gazetteer.bundled();
  private static final CountryDefinition FRANCE = CountryFiles.bundled("FR");

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"));
  private final List<SearchCriteria> asked = new ArrayList<>();
  private final List<String> motivesAsked = new ArrayList<>();
  private RuntimeException failure;
  private RuntimeException databaseFailure;
  private boolean more;
  private List<SearchHit> hits = List.of();
  private SearchResource resource;

  @BeforeEach
  void setUp() {
    resource = new SearchResource();
    resource.gazetteer = GAZETTEER;
    resource.specialties =
        new KnownSpecialties(
            () -> {
              if (databaseFailure != null) {
                throw databaseFailure;
              }
              return Set.of("dentistry");
            },
            clock,
            Duration.ofMinutes(1));
    resource.search =
        new PractitionerSearch() {
          @Override
          public SearchPage search(SearchCriteria c) {
            asked.add(c);
            if (failure != null) {
              throw failure;
            }
            return new SearchPage(hits, more);
          }
        };
    resource.countries =
        new CountryCatalog() {
          @Override
          public Optional<CountryDefinition> definition(String code) {
            return code.equals("FR") ? Optional.of(FRANCE) : Optional.empty();
          }
        };
    resource.nextSlots =
        new NextSlots() {
          @Override
          public Map<At, List<Instant>> next(Collection<At> places, String motive, int count) {
            motivesAsked.add(motive);
            Map<At, List<Instant>> starts = new HashMap<>();
            places.forEach(p -> starts.put(p, List.of(Instant.parse("2026-12-03T10:00:00Z"))));
            return starts;
          }

          @Override
          public Map<At, List<Instant>> next(Collection<At> places, int count) {
            Map<At, List<Instant>> starts = new HashMap<>();
            places.forEach(
                p ->
                    starts.put(
                        p,
                        p.locationId() == 70
                            ? List.of(
                                Instant.parse("2026-12-02T09:00:00Z"),
                                Instant.parse("2026-12-02T09:20:00Z"))
                            : List.of()));
            return starts;
          }
        };
    SearchCursors cursors = new SearchCursors();
    cursors.configuredKey = Optional.of("a-test-key-of-at-least-32-characters!");
    cursors.init();
    resource.cursors = cursors;
    resource.cache =
        new SearchResultCache(
            new HotQueries(
                new ConcurrentHashMap<>(), clock, Duration.ofSeconds(5), Duration.ofSeconds(7)));
  }

  /** A practitioner at location 70, which the cache gives slots at 09:00 and 09:20. */
  private static SearchHit anneMartin(Optional<Instant> nextAvailable) {
    return new SearchHit(
        7,
        70,
        "Dr Anne Martin",
        "dentistry",
        "Dentistry",
        List.of("fr", "en"),
        true,
        "Cabinet Bellecour",
        "1 place Bellecour",
        "Lyon",
        "FR",
        45.7578,
        4.8320,
        nextAvailable,
        1.23456);
  }

  /** A practitioner at location 80, where the cache has no slot. */
  private static SearchHit paulRoux(Optional<Instant> nextAvailable) {
    return new SearchHit(
        8,
        80,
        "Dr Paul Roux",
        "dentistry",
        "Dentistry",
        List.of(),
        false,
        "Cabinet Part-Dieu",
        "2 rue Garibaldi",
        "Lyon",
        "FR",
        45.76,
        4.85,
        nextAvailable,
        2.5);
  }

  @Test
  void aResultNamesItsFirstLiveSlotWhenTheIndexedNextAvailabilityHasGoneBy() {
    // indexed when 08:40 was still bookable; the cache now offers 09:00 first (minimum notice)
    hits =
        List.of(
            anneMartin(Optional.of(Instant.parse("2026-12-02T08:40:00Z"))),
            paulRoux(Optional.of(Instant.parse("2027-02-01T08:00:00Z"))));
    JsonObject body = json(search(Map.of("near", "Lyon", "specialty", "dentistry")));
    JsonObject first = body.getJsonArray("results").getJsonObject(0);
    assertThat(first.getString("nextAvailable")).isEqualTo("2026-12-02T09:00:00Z");
    // no slot in the cached window: the indexed value, beyond it, is all there is to show
    JsonObject second = body.getJsonArray("results").getJsonObject(1);
    assertThat(second.getString("nextAvailable")).isEqualTo("2027-02-01T08:00:00Z");
  }

  @Test
  void aResultShowsTheIndexedValuesTheDistanceAndTheNextSlots() {
    hits =
        List.of(
            anneMartin(Optional.of(Instant.parse("2026-12-02T09:00:00Z"))),
            paulRoux(Optional.empty()));
    JsonObject body = json(search(Map.of("near", "Lyon", "specialty", "dentistry")));
    JsonObject first = body.getJsonArray("results").getJsonObject(0);
    assertThat(first.getJsonNumber("practitionerId").longValue()).isEqualTo(7);
    assertThat(first.getString("name")).isEqualTo("Dr Anne Martin");
    assertThat(first.getJsonObject("specialty").getString("code")).isEqualTo("dentistry");
    assertThat(first.getJsonObject("specialty").getString("name")).isEqualTo("Dentistry");
    assertThat(first.getJsonArray("languages").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("fr", "en");
    assertThat(first.getBoolean("acceptsNewPatients")).isTrue();
    JsonObject location = first.getJsonObject("location");
    assertThat(location.getJsonNumber("id").longValue()).isEqualTo(70);
    assertThat(location.getString("name")).isEqualTo("Cabinet Bellecour");
    assertThat(location.getString("address")).isEqualTo("1 place Bellecour");
    assertThat(location.getString("city")).isEqualTo("Lyon");
    assertThat(location.getString("countryCode")).isEqualTo("FR");
    assertThat(location.getJsonNumber("lat").doubleValue()).isEqualTo(45.7578);
    assertThat(location.getJsonNumber("lon").doubleValue()).isEqualTo(4.8320);
    assertThat(first.getJsonNumber("distanceKm").doubleValue()).isEqualTo(1.23);
    assertThat(first.getString("nextAvailable")).isEqualTo("2026-12-02T09:00:00Z");
    assertThat(first.getJsonArray("nextSlots").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("2026-12-02T09:00:00Z", "2026-12-02T09:20:00Z");
    JsonObject second = body.getJsonArray("results").getJsonObject(1);
    assertThat(second.isNull("nextAvailable")).isTrue();
    assertThat(second.getJsonArray("nextSlots")).isEmpty();
    assertThat(second.getJsonArray("languages")).isEmpty();
    assertThat(second.getBoolean("acceptsNewPatients")).isFalse();
  }

  @Test
  void aMotiveFiltersOnItsKeyAndTheResultsShowThatMotivesSlots() {
    hits = List.of(anneMartin(Optional.of(Instant.parse("2026-12-02T09:00:00Z"))));
    JsonObject body = json(search(Map.of("near", "Lyon", "motive", "  1ère CONSULTATION ")));
    assertThat(asked.get(0).motive()).contains("1ere consultation");
    assertThat(motivesAsked).containsExactly("1ere consultation");
    JsonObject first = body.getJsonArray("results").getJsonObject(0);
    assertThat(first.getJsonArray("nextSlots").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("2026-12-03T10:00:00Z");
    assertThat(first.getString("nextAvailable")).isEqualTo("2026-12-03T10:00:00Z");
    // the same motive spelt otherwise is the same search: answered from the first one's cache
    // entry, the index not asked again
    search(Map.of("near", "Lyon", "motive", "1ERE consultation"));
    assertThat(asked).hasSize(1);
  }

  @Test
  void aCountryFiltersOnItsCodeInAnyCase() {
    search(Map.of("near", "Lyon", "country", "fr"));
    assertThat(asked.get(0).country()).contains("FR");
    assertThat(asked.get(0).motive()).isEmpty();
    assertThat(motivesAsked).isEmpty();
  }

  @Test
  void aCountryThatIsNotLiveIsRefusedWithoutAskingTheIndex() {
    assertRefused(Map.of("near", "Lyon", "country", "XX"), "country");
    assertThat(asked).isEmpty();
  }

  @Test
  void nearAPlaceSearchesAroundItsCentre() {
    search(Map.of("near", "Lyon"));
    assertThat(asked.get(0).latitude()).isCloseTo(45.748, within(0.01));
    assertThat(asked.get(0).longitude()).isCloseTo(4.847, within(0.01));
  }

  @Test
  void placeNamesMatchWithoutAccentsOrCase() {
    search(Map.of("near", "saint-etienne"));
    search(Map.of("near", "SAINT ÉTIENNE", "radiusKm", "11"));
    assertThat(asked).hasSize(2);
    assertThat(asked.get(0).latitude())
        .isEqualTo(asked.get(1).latitude())
        .isCloseTo(45.434, within(0.01));
  }

  @Test
  void aFrenchPostcodeResolvesToItsCity() {
    search(Map.of("near", "69003"));
    assertThat(asked.get(0).latitude()).isCloseTo(45.748, within(0.01));
  }

  @Test
  void anUnknownPlaceIsA404WithTheClosestNames() {
    assertThatThrownBy(() -> search(Map.of("near", "Lyonn")))
        .isInstanceOfSatisfying(
            UnknownPlaceException.class,
            e -> {
              assertThat(e.field()).contains("near");
              assertThat(e.suggestions()).contains("Lyon");
            });
    assertThat(asked).isEmpty();
  }

  @Test
  void nearAndCoordinatesTogetherAreRefused() {
    assertRefused(Map.of("near", "Lyon", "lat", "45.7", "lon", "4.8"), "near");
    assertRefused(Map.of("near", "Lyon", "lon", "4.8"), "near");
  }

  @Test
  void neitherNearNorCoordinatesIsRefused() {
    assertRefused(Map.of(), "lat");
    assertRefused(Map.of("radiusKm", "5"), "lat");
  }

  static Stream<Arguments> badInputs() {
    String tenKb = "x".repeat(10_240);
    return Stream.of(
        Arguments.of(Map.of("lat", "abc", "lon", "2.35"), "lat"),
        Arguments.of(Map.of("lat", "NaN", "lon", "2.35"), "lat"),
        Arguments.of(Map.of("lat", "95", "lon", "2.35"), "lat"),
        Arguments.of(Map.of("lat", "48.8"), "lon"),
        Arguments.of(Map.of("lat", "48.8", "lon", "181"), "lon"),
        Arguments.of(Map.of("lat", "48.8", "lon", "east"), "lon"),
        Arguments.of(Map.of("lat", "48.8", "lon", "2.35", "radiusKm", "0"), "radiusKm"),
        Arguments.of(Map.of("lat", "48.8", "lon", "2.35", "radiusKm", "-3"), "radiusKm"),
        Arguments.of(Map.of("lat", "48.8", "lon", "2.35", "radiusKm", "100.5"), "radiusKm"),
        Arguments.of(Map.of("lat", "48.8", "lon", "2.35", "radiusKm", "ten"), "radiusKm"),
        Arguments.of(Map.of("lat", "48.8", "lon", "2.35", "limit", "0"), "limit"),
        Arguments.of(Map.of("lat", "48.8", "lon", "2.35", "limit", "101"), "limit"),
        Arguments.of(Map.of("lat", "48.8", "lon", "2.35", "limit", "2.5"), "limit"),
        Arguments.of(Map.of("lat", "48.8", "lon", "2.35", "sort", "price"), "sort"),
        Arguments.of(Map.of("lat", "48.8", "lon", "2.35", "specialty", "astrology"), "specialty"),
        Arguments.of(Map.of("lat", "48.8", "lon", "2.35", "cursor", "forged"), "cursor"),
        Arguments.of(Map.of("near", "Lyon<script>"), "near"),
        Arguments.of(Map.of("lat", tenKb, "lon", "2.35"), "lat"),
        Arguments.of(Map.of("near", tenKb), "near"),
        Arguments.of(Map.of("lat", "48.8", "lon", "2.35", "specialty", tenKb), "specialty"),
        Arguments.of(Map.of("lat", "48.8", "lon", "2.35", "language", tenKb), "language"),
        Arguments.of(Map.of("lat", "48.8", "lon", "2.35", "cursor", tenKb), "cursor"),
        Arguments.of(Map.of("lat", "48.8", "lon", "2.35", "sort", tenKb), "sort"),
        Arguments.of(Map.of("lat", "48.8", "lon", "2.35", "motive", tenKb), "motive"),
        Arguments.of(Map.of("lat", "48.8", "lon", "2.35", "motive", "x<script>"), "motive"),
        Arguments.of(Map.of("lat", "48.8", "lon", "2.35", "motive", "--"), "motive"),
        Arguments.of(Map.of("lat", "48.8", "lon", "2.35", "country", "FRA"), "country"),
        Arguments.of(Map.of("lat", "48.8", "lon", "2.35", "country", "F1"), "country"),
        Arguments.of(
            Map.of("lat", "48.8", "lon", "2.35", "availableBefore", tenKb), "availableBefore"));
  }

  @ParameterizedTest
  @MethodSource("badInputs")
  void badInputIsA400NamingTheParameter(Map<String, String> query, String field) {
    assertRefused(query, field);
    assertThat(asked).isEmpty();
  }

  @Test
  void theNextCursorLeadsToTheNextPageOfTheSameQueryOnly() {
    more = true;
    Map<String, String> query = Map.of("lat", "48.8566", "lon", "2.3522", "limit", "20");
    String cursor = json(search(query)).getString("nextCursor");

    search(with(query, "cursor", cursor));
    assertThat(asked.get(1).offset()).isEqualTo(20);

    assertRefused(with(with(query, "cursor", cursor), "specialty", "dentistry"), "cursor");
    assertRefused(with(with(query, "cursor", cursor), "radiusKm", "20"), "cursor");
  }

  @Test
  void theLastPageHasNoCursor() {
    more = false;
    assertThat(json(search(Map.of("lat", "48.8566", "lon", "2.3522"))))
        .doesNotContainKey("nextCursor");
  }

  @Test
  void aHotQueryIsAnsweredFromTheCacheForTheTtl() {
    Map<String, String> query = Map.of("near", "Lyon");
    search(query);
    clock.advance(Duration.ofSeconds(4));
    search(query);
    assertThat(asked).hasSize(1);
    clock.advance(Duration.ofSeconds(2));
    search(query);
    assertThat(asked).hasSize(2);
  }

  @Test
  void whenTheIndexFailsTheLastAnswerIsServedFlaggedStale() {
    Map<String, String> query = Map.of("near", "Lyon", "specialty", "dentistry");
    SearchAnswer fresh = search(query);
    assertThat(fresh.stale()).isFalse();
    assertThat(json(fresh).getBoolean("stale")).isFalse();

    failure = new IllegalStateException("index directory closed");
    clock.advance(Duration.ofSeconds(30));
    SearchAnswer stale = search(query);

    assertThat(asked).hasSize(2); // the backend was asked, and failed
    assertThat(stale.stale()).isTrue();
    assertThat(json(stale).getBoolean("stale")).isTrue();
    assertThat(json(stale).getJsonArray("results")).isEqualTo(json(fresh).getJsonArray("results"));
  }

  @Test
  void aFailingDatabaseIsTreatedLikeAFailingIndex() {
    Map<String, String> query = Map.of("near", "Lyon", "specialty", "dentistry");
    search(query);
    databaseFailure = new IllegalStateException("connection refused");
    // the specialties kept in memory are due for a new read, which fails
    clock.advance(Duration.ofMinutes(2));
    assertThat(search(query).stale()).isTrue();
    assertThatThrownBy(() -> search(Map.of("near", "Nice", "specialty", "dentistry")))
        .isInstanceOf(SearchUnavailableException.class);
  }

  @Test
  void whenTheIndexFailsWithNothingCachedTheAnswerIsA503WithRetryAfter() {
    failure = new IllegalStateException("index directory closed");
    assertThatThrownBy(() -> search(Map.of("near", "Paris")))
        .isInstanceOfSatisfying(
            SearchUnavailableException.class,
            e -> {
              var problem = SearchUnavailableMapper.problem(e);
              assertThat(problem.status()).isEqualTo(503);
              assertThat(problem.headers()).containsEntry("Retry-After", "7");
              assertThat(problem.toJson())
                  .contains("search-unavailable")
                  .doesNotContain("index directory");
            });
  }

  private SearchAnswer search(Map<String, String> q) {
    return resource.answer(
        new SearchResource.Query(
            q.get("lat"),
            q.get("lon"),
            q.get("near"),
            q.get("radiusKm"),
            q.get("specialty"),
            q.get("language"),
            q.get("motive"),
            q.get("country"),
            q.get("newPatients"),
            q.get("availableBefore"),
            q.get("sort"),
            q.get("limit"),
            q.get("cursor")));
  }

  private void assertRefused(Map<String, String> query, String field) {
    assertThatThrownBy(() -> search(query))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).contains(field));
  }

  private static Map<String, String> with(Map<String, String> query, String name, String value) {
    Map<String, String> copy = new HashMap<>(query);
    copy.put(name, value);
    return copy;
  }

  private static JsonObject json(SearchAnswer answer) {
    return Json.createReader(new StringReader(answer.body())).readObject();
  }

  /** A clock tests move by hand. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant start) {
      now = start;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
