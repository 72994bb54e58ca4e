package com.medislot.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search over HTTP on the real WAR: places, signed cursors, bad input and the admin index rebuild.
 * Reads only; books nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchIT {

  private static final String PARIS = "lat=48.8566&lon=2.3522&radiusKm=50";

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.rootWar();
  }

  @Test
  void nearAPlaceNameOrPostcodeSearchesAroundIt() {
    Api.Answer byName = search("near=Lyon&radiusKm=20&limit=100");
    assertThat(byName.status()).as(byName.body()).isEqualTo(200);
    List<JsonObject> results = results(byName);
    assertThat(results).isNotEmpty();
    for (JsonObject r : results) {
      assertThat(r.getJsonNumber("distanceKm").doubleValue()).isLessThanOrEqualTo(20);
      assertThat(r.getJsonObject("location").getJsonNumber("lat").doubleValue())
          .isBetween(45.5, 46.0);
    }
    assertThat(byName.json().getBoolean("stale")).isFalse();

    Api.Answer byPostcode = search("near=69003&radiusKm=20&limit=100");
    assertThat(ids(byPostcode)).isEqualTo(ids(byName));
    Api.Answer caseAndAccents = search("near=" + encode("LYON") + "&radiusKm=20&limit=100");
    assertThat(ids(caseAndAccents)).isEqualTo(ids(byName));
    assertThat(search("near=saint-etienne").status()).isEqualTo(200);
  }

  @Test
  void anUnknownPlaceIsA404WithSuggestions() {
    Api.Answer answer = search("near=Lyonn");
    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.isProblem()).isTrue();
    assertThat(answer.json().getJsonArray("suggestions").getString(0)).isEqualTo("Lyon");
    assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("near");
  }

  @Test
  void everyOrderAndEveryPageOfASearchHoldTheCircleAndNothingBeyondIt() {
    // 14 km north and 14 km east of Lyon, whose demo practices lie up to 6 km from its centre:
    // some of them are inside the 20 km circle, others 20 to 26 km away
    String centre = "lat=45.8901&lon=5.0156";
    List<JsonObject> wider = results(search(centre + "&radiusKm=29&limit=100"));
    assertThat(wider).as("practices just beyond the circle").anyMatch(r -> km(r) > 20);
    assertThat(wider)
        .as("no practice on the circle's edge, where the answer's rounding would decide")
        .noneMatch(r -> Math.abs(km(r) - 20) < 0.01);
    List<Long> circle = wider.stream().filter(r -> km(r) <= 20).map(SearchIT::id).toList();
    assertThat(circle).as("practices inside the circle").isNotEmpty();

    Api.Answer byDistance = search(centre + "&radiusKm=20&limit=100");
    assertThat(byDistance.status()).as(byDistance.body()).isEqualTo(200);
    assertThat(ids(byDistance)).isEqualTo(circle);
    assertThat(byDistance.json().containsKey("nextCursor")).isFalse();
    Api.Answer byAvailability = search(centre + "&radiusKm=20&limit=100&sort=availability");
    assertThat(new HashSet<>(ids(byAvailability))).isEqualTo(new HashSet<>(circle));

    // paged three at a time, the pages end at the circle's edge and the last links to no other
    List<Long> paged = new ArrayList<>();
    Api.Answer page = search(centre + "&radiusKm=20&limit=3");
    paged.addAll(ids(page));
    while (page.json().containsKey("nextCursor")) {
      String cursor = page.json().getString("nextCursor");
      page = search(centre + "&radiusKm=20&limit=3&cursor=" + encode(cursor));
      assertThat(page.status()).as(page.body()).isEqualTo(200);
      paged.addAll(ids(page));
    }
    assertThat(paged).isEqualTo(circle);
  }

  @Test
  void aMotiveFindsThePractitionersOfferingItAndShowsItsOwnNextSlots() {
    // in the demo data only paediatricians offer vaccinations, and all of them do
    Api.Answer vaccination =
        search("near=Lyon&radiusKm=50&limit=100&motive=" + encode("VACCINATION"));
    assertThat(vaccination.status()).as(vaccination.body()).isEqualTo(200);
    List<JsonObject> results = results(vaccination);
    assertThat(results).isNotEmpty();
    assertThat(results)
        .allSatisfy(
            r ->
                assertThat(r.getJsonObject("specialty").getString("code"))
                    .isEqualTo("paediatrics"));
    assertThat(ids(vaccination))
        .isEqualTo(ids(search("near=Lyon&radiusKm=50&limit=100&specialty=paediatrics")));

    // the slots shown are the vaccination's (15 min), not the practice's earliest of any motive
    JsonObject first = results.get(0);
    long practitioner = first.getJsonNumber("practitionerId").longValue();
    long location = first.getJsonObject("location").getJsonNumber("id").longValue();
    JsonObject profile = Api.get("practitioners/" + practitioner, Optional.empty()).json();
    long motive =
        profile.getJsonArray("motives").getValuesAs(JsonObject.class).stream()
            .filter(m -> m.getString("name").equals("Vaccination"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
    Instant now = Instant.now();
    List<String> vaccinationStarts =
        Api.get(
                "practitioners/"
                    + practitioner
                    + "/slots?locationId="
                    + location
                    + "&motiveId="
                    + motive
                    + "&from="
                    + encode(now.toString())
                    + "&to="
                    + encode(now.plus(Duration.ofDays(28)).toString()),
                Optional.empty())
            .json()
            .getJsonArray("slots")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(slot -> Instant.parse(slot.getString("start")).toString())
            .toList();
    List<String> shown =
        first.getJsonArray("nextSlots").getValuesAs(jakarta.json.JsonString::getString);
    assertThat(shown).isNotEmpty().isEqualTo(vaccinationStarts.subList(0, shown.size()));
    assertThat(first.getString("nextAvailable")).isEqualTo(shown.get(0));

    // a motive several specialties name alike, spelt loosely; one nobody offers
    assertThat(results(search("near=Lyon&radiusKm=50&limit=100&motive=first-CONSULTATION")))
        .extracting(r -> r.getJsonObject("specialty").getString("code"))
        .isNotEmpty()
        .doesNotContain("paediatrics", "general-practice");
    assertThat(results(search("near=Lyon&radiusKm=50&motive=" + encode("Tooth whitening"))))
        .isEmpty();
  }

  @Test
  void aCountryKeepsItsPracticesOnly() {
    // every demo practice is in France
    Api.Answer france = search(PARIS + "&limit=100&country=fr");
    assertThat(france.status()).as(france.body()).isEqualTo(200);
    assertThat(ids(france)).isNotEmpty().isEqualTo(ids(search(PARIS + "&limit=100")));
    assertThat(results(france))
        .allSatisfy(
            r -> assertThat(r.getJsonObject("location").getString("countryCode")).isEqualTo("FR"));
    assertProblem(search(PARIS + "&country=XX"), "country");
  }

  @Test
  void cursorsPageThroughOneQueryAndNoOther() {
    Api.Answer first = search(PARIS + "&limit=5");
    assertThat(first.status()).isEqualTo(200);
    String cursor = first.json().getString("nextCursor");

    Api.Answer second = search(PARIS + "&limit=5&cursor=" + encode(cursor));
    assertThat(second.status()).as(second.body()).isEqualTo(200);
    Set<Long> both = new HashSet<>(ids(first));
    both.addAll(ids(second));
    assertThat(both).hasSize(ids(first).size() + ids(second).size());
    assertThat(results(second).get(0).getJsonNumber("distanceKm").doubleValue())
        .isGreaterThanOrEqualTo(results(first).get(4).getJsonNumber("distanceKm").doubleValue());

    assertProblem(
        search(PARIS + "&limit=5&specialty=general-practice&cursor=" + encode(cursor)), "cursor");
    assertProblem(search("lat=48.8566&lon=2.3522&radiusKm=49&cursor=" + encode(cursor)), "cursor");
    String edited = cursor.charAt(0) == 'M' ? "N" + cursor.substring(1) : "M" + cursor.substring(1);
    assertProblem(search(PARIS + "&limit=5&cursor=" + encode(edited)), "cursor");
  }

  @Test
  void badInputIsA400NamingTheParameter() {
    String tenKb = "x".repeat(10_240);
    Map<String, String> cases =
        Map.of(
            "near=Lyon&lat=45.7&lon=4.8",
            "near",
            "radiusKm=5",
            "lat",
            "lat=48.8&lon=east",
            "lon",
            "lat=48.8&lon=2.35&radiusKm=-1",
            "radiusKm",
            "lat=48.8&lon=2.35&limit=101",
            "limit",
            "lat=48.8&lon=2.35&specialty=" + tenKb,
            "specialty",
            "near=" + tenKb,
            "near",
            "lat=48.8&lon=2.35&motive=" + encode("a<b"),
            "motive",
            "lat=48.8&lon=2.35&country=FRA",
            "country");
    cases.forEach(
        (query, field) -> {
          Api.Answer answer = search(query);
          assertThat(answer.contentType())
              .as(field + ": " + answer.status() + " " + answer.body())
              .startsWith("application/problem+json");
          assertProblem(answer, field);
        });
  }

  @Test
  void anAdministratorRebuildsTheIndexInTheBackground() throws Exception {
    String patient = Api.newPatientToken();
    assertThat(Api.post("admin/search/reindex", "", Optional.of(patient), Map.of()).status())
        .isEqualTo(403);
    assertThat(Api.post("admin/search/reindex", "", Optional.empty(), Map.of()).status())
        .isEqualTo(401);

    String admin = Api.token("admin@demo.medislot.test", "admin-demo");
    List<Long> before = ids(search(PARIS + "&limit=50"));
    Api.Answer started = Api.post("admin/search/reindex", "", Optional.of(admin), Map.of());
    assertThat(started.status()).as(started.body()).isEqualTo(202);
    assertThat(started.json().getString("state")).isIn("RUNNING", "COMPLETED");

    JsonObject status = started.json();
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (!status.getString("state").equals("COMPLETED") && System.nanoTime() < deadline) {
      assertThat(status.getString("state")).isNotEqualTo("FAILED");
      Thread.sleep(200);
      status = Api.get("admin/search/reindex", Optional.of(admin)).json();
    }
    assertThat(status.getString("state")).isEqualTo("COMPLETED");
    assertThat(status.getJsonNumber("documentsIndexed").longValue())
        .isEqualTo(status.getJsonNumber("documentsTotal").longValue())
        .isPositive();
    // the rebuilt index answers as before (the cache's few seconds have passed)
    Thread.sleep(5_500);
    assertThat(ids(search(PARIS + "&limit=50"))).isEqualTo(before);
  }

  private static Api.Answer search(String query) {
    return Api.get("search/practitioners?" + query, Optional.empty());
  }

  private static List<JsonObject> results(Api.Answer answer) {
    return answer.json().getJsonArray("results").getValuesAs(JsonObject.class);
  }

  private static List<Long> ids(Api.Answer answer) {
    return results(answer).stream().map(SearchIT::id).toList();
  }

  /** Practitioner and location of a result, as one number. */
  private static long id(JsonObject result) {
    return result.getJsonNumber("practitionerId").longValue() * 1_000_000
        + result.getJsonObject("location").getJsonNumber("id").longValue();
  }

  private static double km(JsonObject result) {
    return result.getJsonNumber("distanceKm").doubleValue();
  }

  private static void assertProblem(Api.Answer answer, String field) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.isProblem()).isTrue();
    assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo(field);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
