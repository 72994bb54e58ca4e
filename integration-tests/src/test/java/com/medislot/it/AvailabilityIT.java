package com.medislot.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.medislot.country.CountryFiles;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Calendar changes by staff as patients see them: how fast they reach the slots and the search
 * index, alternate weeks, and the holidays the staff calendar reports. Works on practitioners 3 and
 * 4 of the demo staff account's clinic; no other test changes their calendars.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AvailabilityIT {

  /** A booking or calendar change must be visible in /slots and in search within this. */
  private static final Duration FRESHNESS = Duration.ofSeconds(1);

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.rootWar();
  }

  /**
   * The precomputed slots patients get (bulk warm-up at start, event refreshes after) are exactly
   * the ones computed live from the database, which the staff calendar shows. Runs first, while the
   * warm-up's entries are still in place for practitioners 3 and 4.
   */
  @Test
  @Order(1)
  void cachedSlotsAreExactlyTheLiveOnes() {
    String staff = Api.token("staff@demo.medislot.test", "staff-demo");
    // from tomorrow: clear of the minimum notice, so both reads see the same bookable slots
    Instant from = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
    Instant to = from.plus(Duration.ofDays(13));
    int compared = 0;
    for (long practitioner = 1; practitioner <= Target.CLINIC_ONE_PRACTITIONERS; practitioner++) {
      Api.Answer live =
          Api.get(
              "staff/practitioners/" + practitioner + "/calendar?from=" + from + "&to=" + to,
              Optional.of(staff));
      assertThat(live.status()).as(live.body()).isEqualTo(200);
      for (JsonObject free : live.json().getJsonArray("freeSlots").getValuesAs(JsonObject.class)) {
        long location = free.getJsonNumber("locationId").longValue();
        long motive = free.getJsonNumber("motiveId").longValue();
        List<String> expected =
            free.getJsonArray("slots").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("start"))
                .toList();
        assertThat(slots(practitioner, location, motive, from, to))
            .as("practitioner %d, location %d, motive %d", practitioner, location, motive)
            .isEqualTo(expected);
        compared += expected.size();
      }
    }
    assertThat(compared).as("slots compared").isGreaterThan(100);
  }

  @Test
  @Order(2)
  void aCalendarChangeReachesSlotsAndSearchWithinOneSecond() throws Exception {
    String staff = Api.token("staff@demo.medislot.test", "staff-demo");
    JsonObject profile = Api.get("practitioners/3", Optional.empty()).json();
    JsonObject location = profile.getJsonArray("locations").getJsonObject(0);
    long locationId = location.getJsonNumber("id").longValue();
    long motiveId =
        profile.getJsonArray("motives").getJsonObject(0).getJsonNumber("id").longValue();
    String specialty = profile.getJsonObject("specialty").getString("code");
    Supplier<Optional<String>> nextAvailable =
        () -> nextAvailable(location, specialty, 3, locationId);

    // /slots: block one free slot, then lift the block
    List<String> slots = Target.slots(3, locationId, motiveId);
    assertThat(slots).isNotEmpty();
    Instant slot = Instant.parse(slots.get(slots.size() / 2));
    long blockId = block(staff, 3, slot, slot.plus(Duration.ofMinutes(1)));
    long took =
        await(() -> !Target.slots(3, locationId, motiveId).contains(slot.toString()), "blocked");
    System.out.printf("freshness: block visible in /slots after %d ms%n", took);
    unblock(staff, 3, blockId);
    took = await(() -> Target.slots(3, locationId, motiveId).contains(slot.toString()), "freed");
    System.out.printf("freshness: lifted block visible in /slots after %d ms%n", took);

    // search: block the practitioner's earliest slot here; nextAvailable must move later
    String earliest = nextAvailable.get().orElseThrow();
    Instant first = Instant.parse(earliest);
    long earliestBlock = block(staff, 3, first, first.plus(Duration.ofMinutes(1)));
    took =
        await(
            () -> nextAvailable.get().map(n -> Instant.parse(n).isAfter(first)).orElse(true),
            "nextAvailable later");
    System.out.printf("freshness: block visible in search after %d ms%n", took);
    unblock(staff, 3, earliestBlock);
    took = await(() -> nextAvailable.get().equals(Optional.of(earliest)), "nextAvailable back");
    System.out.printf("freshness: lifted block visible in search after %d ms%n", took);
  }

  @Test
  @Order(3)
  void alternateWeeksAreOfferedEveryOtherWeekOnly() throws Exception {
    String staff = Api.token("staff@demo.medislot.test", "staff-demo");
    JsonObject profile = Api.get("practitioners/4", Optional.empty()).json();
    long locationId =
        profile.getJsonArray("locations").getJsonObject(0).getJsonNumber("id").longValue();
    long motiveId =
        profile.getJsonArray("motives").getJsonObject(0).getJsonNumber("id").longValue();
    // the Monday two weeks ahead is an "on" week; so are those 2k weeks before and after it
    LocalDate anchor =
        LocalDate.now(PARIS).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1);

    String bad = template(locationId, "\"everyWeeks\":7,\"anchorWeek\":\"" + anchor + "\"");
    Api.Answer refused = put("staff/practitioners/4/templates", bad, staff);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("ranges[0].everyWeeks");
    Api.Answer noAnchor =
        put("staff/practitioners/4/templates", template(locationId, "\"everyWeeks\":2"), staff);
    assertThat(noAnchor.status()).isEqualTo(400);
    assertThat(noAnchor.body()).contains("ranges[0].anchorWeek");

    String good = template(locationId, "\"everyWeeks\":2,\"anchorWeek\":\"" + anchor + "\"");
    Api.Answer saved = put("staff/practitioners/4/templates", good, staff);
    assertThat(saved.status()).as(saved.body()).isEqualTo(204);

    Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Instant to = from.plus(Duration.ofDays(28));
    Supplier<List<ZonedDateTime>> read =
        () ->
            slots(4, locationId, motiveId, from, to).stream()
                .map(s -> Instant.parse(s).atZone(PARIS))
                .toList();
    await(
        () -> read.get().stream().allMatch(z -> z.getDayOfWeek() == DayOfWeek.MONDAY), "template");
    List<ZonedDateTime> offered = read.get();
    Set<LocalDate> mondays = new TreeSet<>();
    offered.forEach(z -> mondays.add(z.toLocalDate()));
    assertThat(mondays).as("Mondays offered").isNotEmpty();
    for (LocalDate monday : mondays) {
      long weeks = ChronoUnit.WEEKS.between(anchor, monday);
      assertThat(Math.floorMod(weeks, 2)).as(monday + " is an off week").isZero();
    }
    assertThat(offered).allMatch(z -> z.getHour() >= 9 && z.getHour() < 12);

    JsonObject calendar =
        Api.get(
                "staff/practitioners/4/calendar?from="
                    + from
                    + "&to="
                    + from.plus(Duration.ofDays(31)),
                Optional.of(staff))
            .json();
    JsonObject range = calendar.getJsonArray("template").getJsonObject(0);
    assertThat(range.getInt("everyWeeks")).isEqualTo(2);
    assertThat(range.getString("anchorWeek")).isEqualTo(anchor.toString());
  }

  @Test
  @Order(4)
  void theStaffCalendarListsTheHolidaysTheLocationObserves() {
    String staff = Api.token("staff@demo.medislot.test", "staff-demo");
    JsonObject profile = Api.get("practitioners/4", Optional.empty()).json();
    long locationId =
        profile.getJsonArray("locations").getJsonObject(0).getJsonNumber("id").longValue();
    // A 31-day range around the next Christmas in Paris: always holds 25 December and 1 January.
    LocalDate christmas = LocalDate.of(LocalDate.now(PARIS).getYear(), 12, 25);
    Instant from = christmas.minusDays(14).atStartOfDay(PARIS).toInstant();
    Instant to = from.plus(Duration.ofDays(31));
    JsonObject calendar =
        Api.get("staff/practitioners/4/calendar?from=" + from + "&to=" + to, Optional.of(staff))
            .json();

    Set<String> listed = new TreeSet<>();
    calendar.getJsonArray("holidays").getValuesAs(JsonObject.class).stream()
        .filter(h -> h.getJsonNumber("locationId").longValue() == locationId)
        .forEach(h -> listed.add(h.getString("date")));
    Set<String> expected = new TreeSet<>();
    var france = CountryFiles.bundled("FR");
    for (int year = christmas.getYear(); year <= christmas.getYear() + 1; year++) {
      france.holidays(year).keySet().stream()
          .filter(d -> !d.isBefore(christmas.minusDays(14)) && d.isBefore(christmas.plusDays(17)))
          .forEach(d -> expected.add(d.toString()));
    }
    assertThat(expected).contains(christmas.toString(), christmas.plusDays(7).toString());
    assertThat(listed).isEqualTo(expected);
  }

  /** A range reserved to one visit motive is offered for that motive only. */
  @Test
  @Order(6)
  void aRangeReservedToOneMotiveIsOfferedForThatMotiveOnly() throws Exception {
    String staff = Api.token("staff@demo.medislot.test", "staff-demo");
    long practitioner = 0;
    JsonObject profile = null;
    for (long candidate = 3; candidate <= Target.CLINIC_ONE_PRACTITIONERS; candidate++) {
      JsonObject p = Api.get("practitioners/" + candidate, Optional.empty()).json();
      if (p.getJsonArray("motives").size() >= 2) {
        practitioner = candidate;
        profile = p;
        break;
      }
    }
    assertThat(profile).as("a clinic-1 practitioner with two motives").isNotNull();
    long location =
        profile.getJsonArray("locations").getJsonObject(0).getJsonNumber("id").longValue();
    long reserved =
        profile.getJsonArray("motives").getJsonObject(0).getJsonNumber("id").longValue();
    long other = profile.getJsonArray("motives").getJsonObject(1).getJsonNumber("id").longValue();
    String path = "staff/practitioners/" + practitioner + "/templates";
    String mondays =
        "{\"locationId\":"
            + location
            + ",\"day\":\"MONDAY\",\"start\":\"09:00\",\"end\":\"12:00\"}";
    String thursdays =
        "{\"locationId\":"
            + location
            + ",\"day\":\"THURSDAY\",\"start\":\"14:00\",\"end\":\"16:00\",\"motiveIds\":[%d]}";

    // a motive of another practitioner is refused, naming the range
    Api.Answer foreign =
        put(path, "{\"ranges\":[" + mondays + "," + thursdays.formatted(999_999) + "]}", staff);
    assertThat(foreign.status()).as(foreign.body()).isEqualTo(422);
    assertThat(foreign.body()).contains("ranges[1].motiveIds");

    Api.Answer saved =
        put(path, "{\"ranges\":[" + mondays + "," + thursdays.formatted(reserved) + "]}", staff);
    assertThat(saved.status()).as(saved.body()).isEqualTo(204);

    Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Instant to = from.plus(Duration.ofDays(21));
    long p = practitioner;
    java.util.function.Function<Long, Set<DayOfWeek>> days =
        motive -> {
          Set<DayOfWeek> seen = new TreeSet<>();
          slots(p, location, motive, from, to)
              .forEach(s -> seen.add(Instant.parse(s).atZone(PARIS).getDayOfWeek()));
          return seen;
        };
    // the old template opened on Thursdays too: wait for the new one's whole answer, not a day
    // the old one also gives
    await(
        () ->
            days.apply(reserved).equals(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY))
                && days.apply(other).equals(Set.of(DayOfWeek.MONDAY)),
        "reserved range offered");
    assertThat(days.apply(reserved)).containsOnly(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
    assertThat(days.apply(other)).containsOnly(DayOfWeek.MONDAY);

    JsonObject calendar =
        Api.get(
                "staff/practitioners/" + practitioner + "/calendar?from=" + from + "&to=" + to,
                Optional.of(staff))
            .json();
    assertThat(calendar.getJsonArray("template").toString())
        .contains("\"motiveIds\":[" + reserved + "]");
  }

  /** A practitioner's own horizon overrides the country's; clearing it restores the default. */
  @Test
  @Order(7)
  void aPractitionersOwnHorizonLimitsTheSlots() throws Exception {
    String staff = Api.token("staff@demo.medislot.test", "staff-demo");
    JsonObject profile = Api.get("practitioners/3", Optional.empty()).json();
    long location =
        profile.getJsonArray("locations").getJsonObject(0).getJsonNumber("id").longValue();
    long motive = profile.getJsonArray("motives").getJsonObject(0).getJsonNumber("id").longValue();
    Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Instant to = from.plus(Duration.ofDays(21));
    Instant horizon = from.plus(Duration.ofDays(8));
    assertThat(slots(3, location, motive, from, to))
        .as("slots beyond 8 days with the country's 90-day horizon")
        .anyMatch(s -> Instant.parse(s).isAfter(horizon));

    Api.Answer bad = put("staff/practitioners/3/rules", "{\"slotIntervalMinutes\":2}", staff);
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("slotIntervalMinutes");

    Api.Answer saved = put("staff/practitioners/3/rules", "{\"bookingHorizonDays\":7}", staff);
    assertThat(saved.status()).as(saved.body()).isEqualTo(204);
    await(
        () ->
            slots(3, location, motive, from, to).stream()
                .noneMatch(s -> Instant.parse(s).isAfter(horizon)),
        "7-day horizon");
    JsonObject calendar =
        Api.get(
                "staff/practitioners/3/calendar?from="
                    + from
                    + "&to="
                    + from.plus(Duration.ofDays(1)),
                Optional.of(staff))
            .json();
    assertThat(calendar.getJsonObject("rules").getInt("bookingHorizonDays")).isEqualTo(7);

    assertThat(put("staff/practitioners/3/rules", "{}", staff).status()).isEqualTo(204);
    await(
        () ->
            slots(3, location, motive, from, to).stream()
                .anyMatch(s -> Instant.parse(s).isAfter(horizon)),
        "country horizon back");
  }

  /** A follow-up motive is refused to a patient the practitioner has never seen (422 with rule). */
  @Test
  @Order(8)
  void aReturningPatientsMotiveIsRefusedToANewPatient() {
    JsonObject chosen = null;
    long practitioner = 0;
    for (int index = 56; index < 60 && chosen == null; index++) {
      Target target = Target.pick(index);
      JsonObject profile =
          Api.get("practitioners/" + target.practitionerId(), Optional.empty()).json();
      for (JsonObject m : profile.getJsonArray("motives").getValuesAs(JsonObject.class)) {
        if (!m.getBoolean("newPatients")) {
          chosen = m;
          practitioner = target.practitionerId();
          break;
        }
      }
    }
    assertThat(chosen).as("a practitioner with a follow-up motive among picks 56-59").isNotNull();
    long motive = chosen.getJsonNumber("id").longValue();
    JsonObject profile = Api.get("practitioners/" + practitioner, Optional.empty()).json();
    long location =
        profile.getJsonArray("locations").getJsonObject(0).getJsonNumber("id").longValue();
    List<String> slots = Target.slots(practitioner, location, motive);
    assertThat(slots).isNotEmpty();

    String slot = slots.get(slots.size() / 2);
    Api.Answer refused =
        Api.book(
            Api.newPatientToken(),
            Api.bookingBody(practitioner, location, motive, slot),
            java.util.UUID.randomUUID().toString());
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.isProblem()).isTrue();
    assertThat(refused.json().getString("rule")).isEqualTo("returningPatientsOnly");
    assertThat(Target.slots(practitioner, location, motive)).as("nothing booked").contains(slot);
  }

  /**
   * The periodic pass refreshes a practitioner whose stored next availability can no longer be
   * booked: simulate time passing by moving the stored value into the past, or to one minute from
   * now (inside the demo countries' minimum notice of two hours or more), then watch it come back.
   */
  @Test
  @Order(5)
  void aNextAvailabilityInThePastIsRefreshedByThePeriodicPass() throws Exception {
    storedNextAvailabilityComesBackAfter("-1 hour");
  }

  @Test
  @Order(9)
  void aNextAvailabilityInsideTheMinimumNoticeIsRefreshedByThePeriodicPass() throws Exception {
    storedNextAvailabilityComesBackAfter("1 minute");
  }

  private static void storedNextAvailabilityComesBackAfter(String shift) throws Exception {
    Target target = Target.pick(55);
    try (Connection c = database()) {
      Instant truth = nextAvailableInDatabase(c, target).orElseThrow();
      try (PreparedStatement s =
          c.prepareStatement(
              "UPDATE practitioner_search SET next_available = now() + ?::interval"
                  + " WHERE practitioner_id = ? AND location_id = ?")) {
        s.setString(1, shift);
        s.setLong(2, target.practitionerId());
        s.setLong(3, target.locationId());
        assertThat(s.executeUpdate()).isEqualTo(1);
      }
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      // the true value, or a later one if that slot went past the minimum notice meanwhile
      java.util.function.Predicate<Optional<Instant>> refreshed =
          v -> v.isPresent() && !v.get().isBefore(truth) && v.get().isAfter(Instant.now());
      Optional<Instant> seen = nextAvailableInDatabase(c, target);
      while (!refreshed.test(seen) && System.nanoTime() < deadline) {
        Thread.sleep(200);
        seen = nextAvailableInDatabase(c, target);
      }
      assertThat(refreshed.test(seen)).as("next availability after the pass: %s", seen).isTrue();
    }
  }

  private static Optional<Instant> nextAvailableInDatabase(Connection c, Target target)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT next_available FROM practitioner_search"
                + " WHERE practitioner_id = ? AND location_id = ?")) {
      s.setLong(1, target.practitionerId());
      s.setLong(2, target.locationId());
      try (ResultSet rs = s.executeQuery()) {
        assertThat(rs.next()).isTrue();
        Timestamp t = rs.getTimestamp(1);
        return Optional.ofNullable(t).map(Timestamp::toInstant);
      }
    }
  }

  private static Connection database() throws SQLException {
    var db = TestStack.database();
    return DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
  }

  // ---------------------------------------------------------------------------------------------

  private static String template(long locationId, String recurrence) {
    return "{\"ranges\":[{\"locationId\":"
        + locationId
        + ",\"day\":\"MONDAY\",\"start\":\"09:00\",\"end\":\"12:00\","
        + recurrence
        + "}]}";
  }

  private static Optional<String> nextAvailable(
      JsonObject location, String specialty, long practitionerId, long locationId) {
    Api.Answer found =
        Api.get(
            "search/practitioners?"
                + Api.query(
                    Map.of(
                        "lat",
                        location.getJsonNumber("lat").toString(),
                        "lon",
                        location.getJsonNumber("lon").toString(),
                        "radiusKm",
                        "1",
                        "specialty",
                        specialty,
                        "limit",
                        "100")),
            Optional.empty());
    assertThat(found.status()).as(found.body()).isEqualTo(200);
    return found.json().getJsonArray("results").getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getJsonNumber("practitionerId").longValue() == practitionerId)
        .filter(r -> r.getJsonObject("location").getJsonNumber("id").longValue() == locationId)
        .findFirst()
        .filter(r -> !Api.isNull(r, "nextAvailable"))
        .map(r -> r.getString("nextAvailable"));
  }

  private static List<String> slots(
      long practitionerId, long locationId, long motiveId, Instant from, Instant to) {
    Api.Answer answer =
        Api.get(
            "practitioners/"
                + practitionerId
                + "/slots?"
                + Api.query(
                    Map.of(
                        "locationId", Long.toString(locationId),
                        "motiveId", Long.toString(motiveId),
                        "from", from.toString(),
                        "to", to.toString())),
            Optional.empty());
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json().getJsonArray("slots").getValuesAs(JsonObject.class).stream()
        .map(s -> s.getString("start"))
        .toList();
  }

  private static long block(String staff, long practitionerId, Instant start, Instant end) {
    String body =
        "{\"kind\":\"BLOCK\",\"start\":\""
            + start
            + "\",\"end\":\""
            + end
            + "\",\"reason\":\"test\"}";
    Api.Answer added =
        Api.post(
            "staff/practitioners/" + practitionerId + "/exceptions",
            body,
            Optional.of(staff),
            Map.of());
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    return added.json().getJsonNumber("id").longValue();
  }

  private static void unblock(String staff, long practitionerId, long exceptionId) {
    Api.Answer removed =
        Api.send(
            HttpRequest.newBuilder(
                    Api.BASE.resolve(
                        "staff/practitioners/" + practitionerId + "/exceptions/" + exceptionId))
                .DELETE(),
            Optional.of(staff));
    assertThat(removed.status()).isEqualTo(204);
  }

  private static Api.Answer put(String path, String body, String token) {
    return Api.send(
        HttpRequest.newBuilder(Api.BASE.resolve(path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body)),
        Optional.of(token));
  }

  /**
   * Polls until {@code done} holds, and fails unless it held within {@link #FRESHNESS} of the
   * change's answer; returns the milliseconds it took.
   */
  private static long await(Supplier<Boolean> done, String what) throws InterruptedException {
    long start = System.nanoTime();
    long deadline = start + FRESHNESS.multipliedBy(5).toNanos();
    boolean reached = done.get();
    while (!reached && System.nanoTime() < deadline) {
      Thread.sleep(20);
      reached = done.get();
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(reached).as(what + " never became visible").isTrue();
    assertThat(millis)
        .as(what + ": visible after %d ms", millis)
        .isLessThanOrEqualTo(FRESHNESS.toMillis());
    return millis;
  }
}
