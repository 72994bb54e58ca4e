package com.medislot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform end to end: the real WAR on Payara Micro with the Artemis adapter, a real PostgreSQL
 * and broker. One deployment for the suite, so the container starts once; every test works on its
 * own practitioner and its own patients.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

  private static final Duration EVENT_WAIT = Duration.ofSeconds(5);

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.rootWar();
  }

  @Test
  void walkthroughBookIdempotentConflictPrivacyAndSlotRemoval() throws Exception {
    Target target = Target.pick(0);
    // days ahead, far from the minimum notice and from the cancellation cutoff
    String slot = target.slots().get(target.slots().size() / 2);
    String alice = Api.newPatientToken();
    String bob = Api.newPatientToken();
    String key = UUID.randomUUID().toString();

    Api.Answer booked = Api.book(alice, target.bookingBody(slot), key);
    assertThat(booked.status()).as(booked.body()).isEqualTo(201);
    JsonObject appointment = booked.json();
    assertThat(appointment.getString("status")).isEqualTo("CONFIRMED");
    assertThat(Instant.parse(appointment.getString("start"))).isEqualTo(Instant.parse(slot));
    long id = appointment.getJsonNumber("id").longValue();

    Api.Answer replay = Api.book(alice, target.bookingBody(slot), key);
    assertThat(replay.status()).isEqualTo(200);
    assertThat(replay.json().getJsonNumber("id").longValue()).isEqualTo(id);

    Api.Answer otherBody = Api.book(alice, target.bookingBody(target.slots().get(3)), key);
    assertThat(otherBody.status()).isEqualTo(422);
    assertThat(otherBody.isProblem()).isTrue();

    Api.Answer taken = Api.book(bob, target.bookingBody(slot), UUID.randomUUID().toString());
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.isProblem()).isTrue();
    assertThat(taken.json().getJsonArray("alternatives")).isNotEmpty();

    assertThat(Api.get("appointments/" + id, Optional.of(alice)).status()).isEqualTo(200);
    Api.Answer foreign = Api.get("appointments/" + id, Optional.of(bob));
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.isProblem()).isTrue();
    assertThat(Api.get("appointments?scope=upcoming", Optional.of(alice)).body())
        .contains("\"id\":" + id);
    assertThat(Api.get("appointments?scope=upcoming", Optional.of(bob)).body())
        .doesNotContain("\"id\":" + id);

    Api.Answer anonymous = Api.get("appointments/" + id, Optional.empty());
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.isProblem()).isTrue();

    // The event is consumed and the cached slots refreshed: the slot disappears from /slots.
    List<String> slots = awaitSlots(target::currentSlots, l -> !l.contains(slot));
    assertThat(slots).doesNotContain(slot);

    // Cancelling frees the slot again; a second cancel answers the same.
    assertThat(Api.post("appointments/" + id + "/cancel", "", Optional.of(bob), Map.of()).status())
        .isEqualTo(404);
    Api.Answer cancelled =
        Api.post("appointments/" + id + "/cancel", "", Optional.of(alice), Map.of());
    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
    Api.Answer again = Api.post("appointments/" + id + "/cancel", "", Optional.of(alice), Map.of());
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(cancelled.body());
    slots = awaitSlots(target::currentSlots, l -> l.contains(slot));
    assertThat(slots).extracting(Instant::parse).contains(Instant.parse(slot));
  }

  @Test
  void rescheduleTakesTheNewSlotBeforeFreeingTheOld() throws Exception {
    Target target = Target.pick(5);
    int middle = target.slots().size() / 2;
    String first = target.slots().get(middle);
    // three slots apart: no motive's buffers reach from one to the next
    String takenByOther = target.slots().get(middle + 3);
    String free = target.slots().get(middle + 6);
    String alice = Api.newPatientToken();
    String bob = Api.newPatientToken();
    Api.Answer booked = Api.book(alice, target.bookingBody(first), "a");
    assertThat(booked.status()).isEqualTo(201);
    long id = booked.json().getJsonNumber("id").longValue();
    assertThat(Api.book(bob, target.bookingBody(takenByOther), "b").status()).isEqualTo(201);
    String path = "appointments/" + id + "/reschedule";

    Api.Answer onTaken =
        Api.post(path, "{\"start\":\"" + takenByOther + "\"}", Optional.of(alice), Map.of());
    assertThat(onTaken.status()).as(onTaken.body()).isEqualTo(409);
    assertThat(Api.get("appointments/" + id, Optional.of(alice)).json().getString("start"))
        .isEqualTo(first);

    assertThat(
            Api.post(path, "{\"start\":\"2020-01-06T09:00:00Z\"}", Optional.of(alice), Map.of())
                .status())
        .isEqualTo(422);
    assertThat(Api.post(path, "{\"start\":\"" + free + "\"}", Optional.of(bob), Map.of()).status())
        .isEqualTo(404);

    Api.Answer moved = Api.post(path, "{\"start\":\"" + free + "\"}", Optional.of(alice), Map.of());
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(moved.json().getJsonNumber("id").longValue()).isEqualTo(id);
    assertThat(Instant.parse(moved.json().getString("start"))).isEqualTo(Instant.parse(free));

    List<String> slots =
        awaitSlots(target::currentSlots, l -> l.contains(first) && !l.contains(free));
    assertThat(slots).contains(first).doesNotContain(free);
  }

  @Test
  void staffManageTheirOwnClinicsCalendars() throws Exception {
    String staff = Api.token("staff@demo.medislot.test", "staff-demo");
    String patient = Api.newPatientToken();
    Instant from = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    String range = "?from=" + from + "&to=" + from.plus(Duration.ofDays(7));

    Api.Answer calendar = Api.get("staff/practitioners/1/calendar" + range, Optional.of(staff));
    assertThat(calendar.status()).as(calendar.body()).isEqualTo(200);
    assertThat(calendar.json().getJsonArray("freeSlots")).isNotEmpty();
    assertThat(Api.get("staff/practitioners/5/calendar" + range, Optional.of(staff)).status())
        .isEqualTo(404);
    Api.Answer asPatient = Api.get("staff/practitioners/1/calendar" + range, Optional.of(patient));
    assertThat(asPatient.status()).isEqualTo(403);
    assertThat(asPatient.isProblem()).isTrue();

    // A block over a free slot removes it from the patients' view; removing the block restores it.
    JsonObject profile = Api.get("practitioners/1", Optional.empty()).json();
    long location =
        profile.getJsonArray("locations").getJsonObject(0).getJsonNumber("id").longValue();
    long motive = profile.getJsonArray("motives").getJsonObject(0).getJsonNumber("id").longValue();
    List<String> before = Target.slots(1, location, motive);
    Instant blocked = Instant.parse(before.get(before.size() / 2));
    String block =
        "{\"kind\":\"BLOCK\",\"start\":\""
            + blocked
            + "\",\"end\":\""
            + blocked.plus(Duration.ofMinutes(1))
            + "\",\"reason\":\"meeting\"}";
    Api.Answer added =
        Api.post("staff/practitioners/1/exceptions", block, Optional.of(staff), Map.of());
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    long exceptionId = added.json().getJsonNumber("id").longValue();
    assertThat(awaitSlot(1, location, motive, blocked, false)).doesNotContain(blocked.toString());

    Api.Answer removed =
        Api.send(
            java.net.http.HttpRequest.newBuilder(
                    Api.BASE.resolve("staff/practitioners/1/exceptions/" + exceptionId))
                .DELETE(),
            Optional.of(staff));
    assertThat(removed.status()).isEqualTo(204);
    assertThat(awaitSlot(1, location, motive, blocked, true)).contains(blocked.toString());

    // Bad templates are refused and change nothing.
    String overlapping =
        "{\"ranges\":[{\"locationId\":"
            + location
            + ",\"day\":\"MONDAY\",\"start\":\"09:00\",\"end\":\"12:00\"},"
            + "{\"locationId\":"
            + location
            + ",\"day\":\"MONDAY\",\"start\":\"11:00\",\"end\":\"13:00\"}]}";
    assertThat(put("staff/practitioners/1/templates", overlapping, staff).status()).isEqualTo(422);
    String backwards =
        "{\"ranges\":[{\"locationId\":"
            + location
            + ",\"day\":\"MONDAY\",\"start\":\"12:00\",\"end\":\"09:00\"}]}";
    Api.Answer backwardsAnswer = put("staff/practitioners/1/templates", backwards, staff);
    assertThat(backwardsAnswer.status()).isEqualTo(400);
    assertThat(backwardsAnswer.body()).contains("ranges[0].end");
    assertThat(
            put(
                    "staff/practitioners/1/templates",
                    "{\"ranges\":[{\"locationId\":"
                        + location
                        + ",\"day\":\"FUNDAY\",\"start\":\"09:00\",\"end\":\"10:00\"}]}",
                    staff)
                .status())
        .isEqualTo(400);
    assertThat(Target.slots(1, location, motive)).isEqualTo(before);

    // A new template for practitioner 2: Tuesday mornings only.
    JsonObject second = Api.get("practitioners/2", Optional.empty()).json();
    long location2 =
        second.getJsonArray("locations").getJsonObject(0).getJsonNumber("id").longValue();
    long motive2 = second.getJsonArray("motives").getJsonObject(0).getJsonNumber("id").longValue();
    String tuesdays =
        "{\"ranges\":[{\"locationId\":"
            + location2
            + ",\"day\":\"TUESDAY\",\"start\":\"09:00\",\"end\":\"10:00\"}]}";
    assertThat(put("staff/practitioners/2/templates", tuesdays, staff).status()).isEqualTo(204);
    List<String> slots =
        awaitSlots(() -> Target.slots(2, location2, motive2), PlatformIT::onlyTuesdayMornings);
    assertThat(slots).isNotEmpty();
    assertThat(onlyTuesdayMornings(slots)).as(slots.toString()).isTrue();

    String backwardsException =
        "{\"kind\":\"BLOCK\",\"start\":\""
            + blocked
            + "\",\"end\":\""
            + blocked.minusSeconds(60)
            + "\"}";
    assertThat(
            Api.post(
                    "staff/practitioners/1/exceptions",
                    backwardsException,
                    Optional.of(staff),
                    Map.of())
                .status())
        .isEqualTo(400);
    String unknownKind =
        "{\"kind\":\"HOLIDAY\",\"start\":\""
            + blocked
            + "\",\"end\":\""
            + blocked.plusSeconds(60)
            + "\"}";
    assertThat(
            Api.post("staff/practitioners/1/exceptions", unknownKind, Optional.of(staff), Map.of())
                .status())
        .isEqualTo(400);
  }

  private static boolean onlyTuesdayMornings(List<String> slots) {
    return slots.stream()
        .map(s -> Instant.parse(s).atZone(java.time.ZoneId.of("Europe/Paris")))
        .allMatch(z -> z.getDayOfWeek() == java.time.DayOfWeek.TUESDAY && z.getHour() == 9);
  }

  private static Api.Answer put(String path, String body, String token) {
    return Api.send(
        java.net.http.HttpRequest.newBuilder(Api.BASE.resolve(path))
            .header("Content-Type", "application/json")
            .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body)),
        Optional.of(token));
  }

  /** Polls /slots until {@code slot} is offered ({@code present}) or not, at most EVENT_WAIT. */
  private static List<String> awaitSlot(
      long practitioner, long location, long motive, Instant slot, boolean present)
      throws InterruptedException {
    return awaitSlots(
        () -> Target.slots(practitioner, location, motive),
        l -> l.contains(slot.toString()) == present);
  }

  /** Reads the slots until {@code done} holds or EVENT_WAIT has passed; returns the last read. */
  private static List<String> awaitSlots(
      java.util.function.Supplier<List<String>> read,
      java.util.function.Predicate<List<String>> done)
      throws InterruptedException {
    long start = System.nanoTime();
    long deadline = start + EVENT_WAIT.toNanos();
    List<String> slots = read.get();
    while (!done.test(slots) && System.nanoTime() < deadline) {
      Thread.sleep(50);
      slots = read.get();
    }
    // A figure for the freshness target (calendar change visible in /slots), not an assertion.
    System.out.printf(
        "slots freshness: change visible after %d ms%n", (System.nanoTime() - start) / 1_000_000);
    return slots;
  }

  @Test
  void fiftyConcurrentAttemptsOnOneSlotGiveExactlyOneBooking() throws Exception {
    Target target = Target.pick(1);
    String slot = target.slots().get(1);
    int attempts = 50;
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < attempts; i++) {
      tokens.add(Api.newPatientToken());
    }
    ExecutorService pool = Executors.newFixedThreadPool(attempts);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> results = new ArrayList<>();
    for (String token : tokens) {
      results.add(
          pool.submit(
              () -> {
                start.await();
                return Api.book(token, target.bookingBody(slot), UUID.randomUUID().toString())
                    .status();
              }));
    }
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> f : results) {
      statuses.add(f.get(120, TimeUnit.SECONDS));
    }
    pool.shutdown();
    assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    assertThat(statuses).filteredOn(s -> s == 409).hasSize(attempts - 1);
    assertThat(liveAppointmentsAt(target.practitionerId(), slot)).isEqualTo(1);
  }

  @Test
  void exclusionConstraintRejectsAnOverlappingRowInsertedDirectly() throws Exception {
    Target target = Target.pick(2);
    String slot = target.slots().get(0);
    String token = Api.newPatientToken();
    Api.Answer booked = Api.book(token, target.bookingBody(slot), "k1");
    assertThat(booked.status()).isEqualTo(201);
    Instant start = Instant.parse(slot).plus(Duration.ofMinutes(5));
    try (Connection c = database()) {
      assertThatThrownBy(
              () -> insertAppointment(c, target, start, start.plus(Duration.ofMinutes(10))))
          .isInstanceOfSatisfying(
              SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23P01"));
    }
  }

  @Test
  void aRolledBackBookingPublishesNoEvent() throws Exception {
    Target target = Target.pick(3);
    String blocked = target.slots().get(0);
    String control = target.slots().get(3);
    String token = Api.newPatientToken();
    try (EventTap tap = new EventTap()) {
      // Another writer holds an uncommitted overlapping appointment: the booking passes its
      // checks, publishes its event, then fails on the exclusion constraint at flush.
      try (Connection c = database()) {
        c.setAutoCommit(false);
        insertAppointment(
            c, target, Instant.parse(blocked), Instant.parse(blocked).plus(Duration.ofMinutes(1)));
        CompletableFuture<Api.Answer> attempt =
            CompletableFuture.supplyAsync(
                () -> Api.book(token, target.bookingBody(blocked), "rolled-back"));
        awaitLockWaiter();
        c.commit();
        Api.Answer refused = attempt.get(60, TimeUnit.SECONDS);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
      }
      List<String> afterRollback = tap.drain(Duration.ofSeconds(3));
      assertThat(afterRollback)
          .noneMatch(
              e ->
                  e.contains("\"AppointmentCreated\"")
                      && e.contains("\"practitionerId\":" + target.practitionerId()));

      Api.Answer ok = Api.book(token, target.bookingBody(control), "committed");
      assertThat(ok.status()).isEqualTo(201);
      List<String> afterCommit = tap.drain(EVENT_WAIT);
      assertThat(afterCommit)
          .filteredOn(
              e ->
                  e.contains("\"AppointmentCreated\"")
                      && e.contains("\"appointmentId\":" + ok.json().getJsonNumber("id")))
          .hasSize(1);
    }
  }

  /** A bad request, what must come back, and which field the problem must name. */
  private record BadCase(String method, String path, String body, int status, String field) {}

  @Test
  void badInputIsAProblemNeverAServerError() {
    String token = Api.newPatientToken();
    Target target = Target.pick(4);
    String slot = target.slots().get(0);
    // 2^64 + n: a binder that wraps round reads n, the target's own ids
    java.math.BigInteger wrap = java.math.BigInteger.TWO.pow(64);
    String wrapped =
        String.format(
            "{\"practitionerId\":%s,\"locationId\":%s,\"motiveId\":%s,\"start\":\"%s\"}",
            wrap.add(java.math.BigInteger.valueOf(target.practitionerId())),
            wrap.add(java.math.BigInteger.valueOf(target.locationId())),
            wrap.add(java.math.BigInteger.valueOf(target.motiveId())),
            slot);
    String fraction =
        String.format(
            "{\"practitionerId\":%d.9,\"locationId\":%d,\"motiveId\":%d,\"start\":\"%s\"}",
            target.practitionerId(), target.locationId(), target.motiveId(), slot);
    String slotsFrom =
        "practitioners/"
            + target.practitionerId()
            + "/slots?locationId="
            + target.locationId()
            + "&motiveId="
            + target.motiveId();
    List<BadCase> cases =
        List.of(
            new BadCase("POST", "appointments", wrapped, 400, "practitionerId"),
            new BadCase("POST", "appointments", fraction, 400, "practitionerId"),
            new BadCase("POST", "appointments", target.bookingBody(slot) + " xyz", 400, "body"),
            new BadCase("POST", "appointments", target.bookingBody(slot + "\u0000"), 400, "start"),
            new BadCase(
                "POST", "appointments", target.bookingBody("2201-01-04T08:00:00Z"), 400, "start"),
            new BadCase(
                "GET",
                slotsFrom + "&from=2201-06-01T00:00:00Z&to=2201-06-03T00:00:00Z",
                null,
                400,
                "from"),
            new BadCase(
                "POST",
                "auth/patients",
                "{\"email\":\"nul@example.org\",\"password\":\"a-long-password\","
                    + "\"firstName\":\"X\\u0000\",\"lastName\":\"Y\",\"birthDate\":\"1985-02-03\"}",
                400,
                "firstName"),
            new BadCase(
                "POST",
                "auth/patients",
                "{\"email\":\"old@example.org\",\"password\":\"a-long-password\","
                    + "\"firstName\":\"X\",\"lastName\":\"Y\",\"birthDate\":\"-5000-01-01\"}",
                400,
                "birthDate"),
            new BadCase("GET", "search/practitioners?lon=2.35", null, 400, "lat"),
            new BadCase("GET", "search/practitioners?lat=abc&lon=2.35", null, 400, "lat"),
            new BadCase("GET", "search/practitioners?lat=95&lon=2.35", null, 400, "lat"),
            new BadCase(
                "GET", "search/practitioners?lat=48.8&lon=2.35&radiusKm=0", null, 400, "radiusKm"),
            new BadCase(
                "GET",
                "search/practitioners?lat=48.8&lon=2.35&radiusKm=101",
                null,
                400,
                "radiusKm"),
            new BadCase(
                "GET", "search/practitioners?lat=48.8&lon=2.35&limit=0", null, 400, "limit"),
            new BadCase(
                "GET", "search/practitioners?lat=48.8&lon=2.35&sort=price", null, 400, "sort"),
            new BadCase(
                "GET",
                "search/practitioners?lat=48.8&lon=2.35&specialty=astrology",
                null,
                400,
                "specialty"),
            new BadCase(
                "GET", "search/practitioners?lat=48.8&lon=2.35&cursor=forged", null, 400, "cursor"),
            new BadCase("GET", "practitioners/999999999", null, 404, null),
            new BadCase("GET", "practitioners/abc", null, 400, "id"),
            new BadCase(
                "GET",
                "practitioners/"
                    + target.practitionerId()
                    + "/slots?locationId="
                    + target.locationId()
                    + "&motiveId="
                    + target.motiveId()
                    + "&from=2026-12-01T00:00:00Z&to=2027-02-01T00:00:00Z",
                null,
                400,
                "to"),
            new BadCase(
                "GET",
                "practitioners/"
                    + target.practitionerId()
                    + "/slots?locationId="
                    + target.locationId()
                    + "&motiveId="
                    + target.motiveId()
                    + "&from=yesterday&to=2027-02-01T00:00:00Z",
                null,
                400,
                "from"),
            new BadCase("GET", "no/such/path", null, 404, null),
            new BadCase("POST", "appointments", "{not json", 400, null),
            new BadCase("POST", "appointments", "{\"practitionerId\":\"abc\"}", 400, null),
            new BadCase("POST", "appointments", "{}", 400, "practitionerId"),
            new BadCase("POST", "appointments", target.bookingBody("tomorrow"), 400, "start"),
            new BadCase("POST", "appointments", Api.bookingBody(999999999, 1, 1, slot), 404, null),
            new BadCase(
                "POST", "appointments", target.bookingBody("2020-01-06T09:00:00Z"), 422, "start"),
            new BadCase("POST", "auth/patients", "{\"email\":\"not-an-email\"}", 400, "email"),
            new BadCase(
                "POST",
                "auth/token",
                "{\"email\":\"nobody@example.org\",\"password\":\"x\"}",
                401,
                null));
    for (BadCase c : cases) {
      Api.Answer answer =
          c.method().equals("GET")
              ? Api.get(c.path(), Optional.of(token))
              : Api.post(
                  c.path(),
                  c.body(),
                  Optional.of(token),
                  Map.of("Idempotency-Key", UUID.randomUUID().toString()));
      assertThat(answer.status()).as(c + " -> " + answer.body()).isEqualTo(c.status());
      assertThat(answer.isProblem()).as(c + " content type " + answer.contentType()).isTrue();
      assertThat(answer.body())
          .as(c.toString())
          .doesNotContain("Exception")
          .doesNotContain("\tat ");
      if (c.field() != null) {
        assertThat(answer.body()).as(c.toString()).contains("\"field\":\"" + c.field() + "\"");
      }
    }
    Api.Answer forged = Api.get("appointments", Optional.of("not.a.token"));
    assertThat(forged.status()).isEqualTo(401);
    assertThat(forged.isProblem()).as(forged.body()).isTrue();

    // A well-behaved client of large bodies waits for "100 Continue"; the server refuses first.
    Api.Answer huge =
        Api.send(
            java.net.http.HttpRequest.newBuilder(Api.BASE.resolve("appointments"))
                .expectContinue(true)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"start\":\"" + "x".repeat(200_000) + "\"}")),
            Optional.of(token));
    assertThat(huge.status()).isEqualTo(413);
    assertThat(huge.isProblem()).as(huge.body()).isTrue();

    Api.Answer xml =
        Api.send(
            java.net.http.HttpRequest.newBuilder(Api.BASE.resolve("appointments"))
                .header("Content-Type", "application/xml")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("<appointment/>")),
            Optional.of(token));
    assertThat(xml.status()).isEqualTo(415);
    assertThat(xml.isProblem()).as(xml.body()).isTrue();

    // JSON in another charset than UTF-8: its bytes would be read as something else
    Api.Answer latin1 =
        Api.send(
            java.net.http.HttpRequest.newBuilder(Api.BASE.resolve("appointments"))
                .header("Content-Type", "application/json; charset=ISO-8859-1")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(target.bookingBody(slot))),
            Optional.of(token));
    assertThat(latin1.status()).as(latin1.body()).isEqualTo(415);
    assertThat(latin1.isProblem()).as(latin1.body()).isTrue();

    // Nothing was stored by any of them: the chosen practitioner still offers the same slot.
    assertThat(target.currentSlots()).contains(slot);
  }

  @Test
  void operationsEndpointsAnswer() throws Exception {
    // ready once the database answers and the search warm-up is over, as a load balancer sees it
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    Api.Answer ready = Api.get("health/ready", Optional.empty());
    while (ready.status() != 200 && System.nanoTime() < deadline) {
      Thread.sleep(100);
      ready = Api.get("health/ready", Optional.empty());
    }
    assertThat(ready.status()).as(ready.body()).isEqualTo(200);
    assertThat(
            ready.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("name") + " " + c.getString("status")))
        .containsExactlyInAnyOrder("database UP", "search-warm-up UP");
    assertThat(Api.get("health/live", Optional.empty()).status()).isEqualTo(200);
    Api.Answer lyon = Api.get("search/practitioners?lat=45.76&lon=4.84", Optional.empty());
    assertThat(lyon.status()).isEqualTo(200);
    // every result carries its next free slots, from the cache's per-location summary, in order
    for (JsonObject r : lyon.json().getJsonArray("results").getValuesAs(JsonObject.class)) {
      List<Instant> next =
          r.getJsonArray("nextSlots").getValuesAs(jakarta.json.JsonString.class).stream()
              .map(j -> Instant.parse(j.getString()))
              .toList();
      assertThat(next).hasSizeBetween(1, 3).isSorted().allMatch(t -> t.isAfter(Instant.now()));
    }
    // the server does not say what it is
    java.net.http.HttpResponse<String> plain =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(Api.BASE.resolve("specialties")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(plain.statusCode()).isEqualTo(200);
    assertThat(plain.headers().firstValue("Server")).isEmpty();
    assertThat(plain.headers().firstValue("X-Powered-By")).isEmpty();
    // nor lists its resources in a WADL
    Api.Answer wadl = Api.get("application.wadl", Optional.empty());
    assertThat(wadl.status()).isEqualTo(404);
    assertThat(wadl.isProblem()).as(wadl.body()).isTrue();
    Api.Answer metrics = Api.getRoot("/metrics");
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body()).contains("medislot_searches");
    assertThat(Api.getRoot("/openapi").body()).contains("/api/v1/search/practitioners");
    assertThat(Api.get("specialties", Optional.empty()).body()).contains("general-practice");
  }

  private static Connection database() throws SQLException {
    var db = TestStack.database();
    return DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
  }

  private static void insertAppointment(Connection c, Target target, Instant start, Instant end)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO appointment (practitioner_id, location_id, motive_id, patient_id, status, start_at, end_at, created_at)"
                + " VALUES (?, ?, ?, (SELECT MIN(id) FROM account), 'CONFIRMED', ?, ?, now())")) {
      ps.setLong(1, target.practitionerId());
      ps.setLong(2, target.locationId());
      ps.setLong(3, target.motiveId());
      ps.setObject(4, OffsetDateTime.ofInstant(start, java.time.ZoneOffset.UTC));
      ps.setObject(5, OffsetDateTime.ofInstant(end, java.time.ZoneOffset.UTC));
      ps.executeUpdate();
    }
  }

  /** Waits until another session is blocked on a lock held by {@code holder}'s transaction. */
  private static void awaitLockWaiter() throws Exception {
    try (Connection observer = database();
        Statement s = observer.createStatement()) {
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (System.nanoTime() < deadline) {
        var rs =
            s.executeQuery(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()");
        rs.next();
        if (rs.getInt(1) > 0) {
          return;
        }
        Thread.sleep(50);
      }
    }
    throw new AssertionError("the booking never waited on the conflicting transaction");
  }

  private static int liveAppointmentsAt(long practitionerId, String start) throws SQLException {
    try (Connection c = database();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT count(*) FROM appointment WHERE practitioner_id = ? AND start_at = ? AND status = 'CONFIRMED'")) {
      ps.setLong(1, practitionerId);
      ps.setTimestamp(2, Timestamp.from(Instant.parse(start)));
      var rs = ps.executeQuery();
      rs.next();
      return rs.getInt(1);
    }
  }
}
