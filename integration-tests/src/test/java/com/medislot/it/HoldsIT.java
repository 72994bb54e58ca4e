package com.medislot.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Holds, anti-hoarding rules, relatives and the waiting list end to end, on the real WAR. The suite
 * runs with a short hold and offer lifetime ({@link TestStack#HOLD_TTL}) swept every second.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HoldsIT {

  /** Expiry, sweep and cache refresh together stay well within this. */
  private static final Duration EXPIRY_WAIT = TestStack.HOLD_TTL.plus(Duration.ofSeconds(15));

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.rootWar();
  }

  @Test
  void aHoldReservesTheSlotUntilItsOwnerConfirmsIt() throws Exception {
    Target target = Target.pick(30);
    String slot = target.slots().get(target.slots().size() / 2);
    String alice = Api.newPatientToken();
    String bob = Api.newPatientToken();
    String key = UUID.randomUUID().toString();

    Api.Answer held = hold(alice, target.bookingBody(slot), key);
    assertThat(held.status()).as(held.body()).isEqualTo(201);
    JsonObject hold = held.json();
    long id = hold.getJsonNumber("id").longValue();
    assertThat(hold.getString("status")).isEqualTo("HELD");
    assertThat(hold.getBoolean("offer")).isFalse();
    assertThat(Instant.parse(hold.getString("expiresAt")))
        .isAfter(Instant.now())
        .isBefore(Instant.now().plus(TestStack.HOLD_TTL).plusSeconds(2));
    assertThat(ids(Api.get("holds", Optional.of(alice)))).containsExactly(id);

    // The same key and body answer the same hold; another body under that key is refused, and so
    // is the key on the booking endpoint.
    Api.Answer replay = hold(alice, target.bookingBody(slot), key);
    assertThat(replay.status()).isEqualTo(200);
    assertThat(replay.json().getJsonNumber("id").longValue()).isEqualTo(id);
    assertProblem(hold(alice, target.bookingBody(target.slots().get(2)), key), 422);
    assertProblem(Api.book(alice, target.bookingBody(slot), key), 422);

    // Nobody else can book or hold it, and /slots stops offering it.
    assertProblem(Api.book(bob, target.bookingBody(slot), UUID.randomUUID().toString()), 409);
    assertProblem(hold(bob, target.bookingBody(slot), UUID.randomUUID().toString()), 409);
    assertThat(await(() -> !target.currentSlots().contains(slot), Duration.ofSeconds(5))).isTrue();

    // Someone else's hold does not exist for them.
    assertProblem(post("holds/" + id + "/confirm", bob), 404);
    assertProblem(delete("holds/" + id, bob), 404);
    assertProblem(Api.get("holds/" + id, Optional.of(bob)), 404);
    // A hold is not an appointment yet.
    assertProblem(Api.get("appointments/" + id, Optional.of(alice)), 404);

    Api.Answer confirmed = post("holds/" + id + "/confirm", alice);
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);
    assertThat(confirmed.json().getString("status")).isEqualTo("CONFIRMED");
    assertThat(confirmed.json().getJsonNumber("id").longValue()).isEqualTo(id);
    assertThat(Instant.parse(confirmed.json().getString("start"))).isEqualTo(Instant.parse(slot));
    Api.Answer again = post("holds/" + id + "/confirm", alice);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().getJsonNumber("id").longValue()).isEqualTo(id);
    assertThat(Api.get("appointments/" + id, Optional.of(alice)).json().getString("status"))
        .isEqualTo("CONFIRMED");
    assertThat(ids(Api.get("holds", Optional.of(alice)))).isEmpty();
    assertProblem(delete("holds/" + id, alice), 409);

    // Still exactly one live row on that slot, well past the hold's lifetime.
    Thread.sleep(TestStack.HOLD_TTL.plusSeconds(2).toMillis());
    assertThat(liveRowsAt(target.practitionerId(), slot)).isEqualTo(1);
    assertThat(status(id)).isEqualTo("CONFIRMED");
  }

  @Test
  void anExpiredHoldFreesTheSlotWithoutTheClient() throws Exception {
    Target target = Target.pick(31);
    String slot = target.slots().get(target.slots().size() / 2);
    String alice = Api.newPatientToken();
    String bob = Api.newPatientToken();
    try (EventTap tap = new EventTap()) {
      Api.Answer held = hold(alice, target.bookingBody(slot), "h");
      assertThat(held.status()).as(held.body()).isEqualTo(201);
      long id = held.json().getJsonNumber("id").longValue();
      assertThat(await(() -> !target.currentSlots().contains(slot), Duration.ofSeconds(5)))
          .isTrue();

      assertThat(await(() -> "EXPIRED".equals(status(id)), EXPIRY_WAIT)).isTrue();
      assertThat(await(() -> target.currentSlots().contains(slot), Duration.ofSeconds(5))).isTrue();
      assertThat(ids(Api.get("holds", Optional.of(alice)))).isEmpty();
      Api.Answer late = post("holds/" + id + "/confirm", alice);
      assertProblem(late, 410);
      assertThat(status(id)).isEqualTo("EXPIRED");
      // Releasing an expired hold changes nothing.
      assertThat(delete("holds/" + id, alice).status()).isEqualTo(204);

      Api.Answer booked = Api.book(bob, target.bookingBody(slot), "b");
      assertThat(booked.status()).as(booked.body()).isEqualTo(201);
      List<String> events = tap.drain(Duration.ofSeconds(2));
      assertThat(events)
          .filteredOn(e -> e.contains("\"HoldExpired\"") && e.contains("\"holdId\":" + id))
          .hasSize(1);
    }
  }

  @Test
  void aPatientHoldsAtMostThreeSlotsAtOnce() throws Exception {
    String patient = Api.newPatientToken();
    // Four practitioners, slots at least a day apart: the country's specialty spacing never
    // interferes with the holds limit.
    List<Target> targets =
        List.of(Target.pick(32), Target.pick(33), Target.pick(34), Target.pick(35));
    List<String> starts = spacedSlots(targets);
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Api.Answer held = hold(patient, targets.get(i).bookingBody(starts.get(i)), "limit-" + i);
      assertThat(held.status()).as(held.body()).isEqualTo(201);
      ids.add(held.json().getJsonNumber("id").longValue());
    }
    Api.Answer fourth = hold(patient, targets.get(3).bookingBody(starts.get(3)), "limit-3");
    assertProblem(fourth, 422);
    assertThat(fourth.json().getString("rule")).isEqualTo("maxActiveHolds");
    assertThat(fourth.json().getString("detail")).contains("3");
    assertThat(ids(Api.get("holds", Optional.of(patient))))
        .containsExactlyInAnyOrderElementsOf(ids);
    assertThat(liveRowsAt(targets.get(3).practitionerId(), starts.get(3))).isZero();

    assertThat(delete("holds/" + ids.get(0), patient).status()).isEqualTo(204);
    assertThat(status(ids.get(0))).isEqualTo("RELEASED");
    Api.Answer now = hold(patient, targets.get(3).bookingBody(starts.get(3)), "limit-4");
    assertThat(now.status()).as(now.body()).isEqualTo(201);
  }

  @Test
  void antiHoardingRulesAndRelativesApplyToBookingsAndHolds() throws Exception {
    Target target = Target.pick(36);
    String patient = Api.newPatientToken();
    String stranger = Api.newPatientToken();
    List<String> days = spacedSlots(List.of(target, target, target));

    // A relative of the patient: listed for them only, and booked for by them only.
    Api.Answer child =
        Api.post(
            "me/relatives",
            "{\"firstName\":\"Léa\",\"lastName\":\"Doe\",\"birthDate\":\"2018-05-04\","
                + "\"relationship\":\"CHILD\"}",
            Optional.of(patient),
            Map.of());
    assertThat(child.status()).as(child.body()).isEqualTo(201);
    long childId = child.json().getJsonNumber("id").longValue();
    assertThat(ids(Api.get("me/relatives", Optional.of(patient)))).containsExactly(childId);
    assertThat(ids(Api.get("me/relatives", Optional.of(stranger)))).isEmpty();
    assertProblem(
        Api.post(
            "me/relatives",
            "{\"firstName\":\"X\",\"lastName\":\"Y\",\"birthDate\":\"2018-05-04\","
                + "\"relationship\":\"COUSIN\"}",
            Optional.of(patient),
            Map.of()),
        400);
    assertProblem(
        Api.book(stranger, withRelative(target, days.get(0), childId), "stolen-relative"), 404);
    assertProblem(delete("me/relatives/" + childId, stranger), 404);

    // Two upcoming appointments with one practitioner, a day apart: the third is refused.
    assertThat(Api.book(patient, target.bookingBody(days.get(0)), "r1").status()).isEqualTo(201);
    Api.Answer second = hold(patient, target.bookingBody(days.get(1)), "r2");
    assertThat(second.status()).as(second.body()).isEqualTo(201);
    Api.Answer third = Api.book(patient, target.bookingBody(days.get(2)), "r3");
    assertProblem(third, 422);
    assertThat(third.json().getString("rule")).isEqualTo("maxUpcomingPerPractitioner");
    assertProblem(hold(patient, target.bookingBody(days.get(2)), "r3h"), 422);

    // The child is a person of their own: one appointment, then none in the same specialty
    // on the same day.
    Api.Answer forChild = Api.book(patient, withRelative(target, days.get(2), childId), "c1");
    assertThat(forChild.status()).as(forChild.body()).isEqualTo(201);
    JsonObject bookedFor = forChild.json().getJsonObject("bookedFor");
    assertThat(bookedFor.getString("relationship")).isEqualTo("CHILD");
    assertThat(bookedFor.getString("firstName")).isEqualTo("Léa");
    assertThat(forChild.json().getJsonNumber("relativeId").longValue()).isEqualTo(childId);
    String sameDay = sameDayLater(target, days.get(2));
    Api.Answer tooClose = Api.book(patient, withRelative(target, sameDay, childId), "c2");
    assertProblem(tooClose, 422);
    assertThat(tooClose.json().getString("rule")).isEqualTo("sameSpecialtyMinDays");
    assertThat(liveRowsAt(target.practitionerId(), sameDay)).isZero();

    // A removed relative can no longer be booked for; their appointment stays theirs.
    assertThat(delete("me/relatives/" + childId, patient).status()).isEqualTo(204);
    assertThat(ids(Api.get("me/relatives", Optional.of(patient)))).isEmpty();
    long forChildId = forChild.json().getJsonNumber("id").longValue();
    assertThat(
            Api.get("appointments/" + forChildId, Optional.of(patient))
                .json()
                .getJsonObject("bookedFor")
                .getString("firstName"))
        .isEqualTo("Léa");
  }

  @Test
  void manyPatientsHoldingAndBookingOneSlotGiveExactlyOneWinner() throws Exception {
    Target target = Target.pick(37);
    String slot = target.slots().get(2);
    int attempts = 40;
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < attempts; i++) {
      tokens.add(Api.newPatientToken());
    }
    ExecutorService pool = Executors.newFixedThreadPool(attempts);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> results = new ArrayList<>();
    for (int i = 0; i < attempts; i++) {
      String token = tokens.get(i);
      boolean viaHold = i % 2 == 0;
      results.add(
          pool.submit(
              () -> {
                start.await();
                String key = UUID.randomUUID().toString();
                return viaHold
                    ? hold(token, target.bookingBody(slot), key).status()
                    : Api.book(token, target.bookingBody(slot), key).status();
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
    assertThat(liveRowsAt(target.practitionerId(), slot)).isEqualTo(1);
  }

  @Test
  void aFreedSlotIsOfferedToTheWaitingListOneAtATimeInOrder() throws Exception {
    Target target = Target.pick(38);
    // Everything earlier than the chosen slot is taken, so it is the only slot that fits the
    // waiting patients; it is far enough ahead for a patient to cancel it.
    Instant notBefore = Instant.now().plus(Duration.ofMinutes(150));
    String slot = target.onlyFreeSlotAfter(notBefore);
    String alice = Api.newPatientToken();
    String bob = Api.newPatientToken();
    String carol = Api.newPatientToken();
    assertThat(Api.book(alice, target.bookingBody(slot), "a").status()).isEqualTo(201);

    String wish =
        "{\"practitionerId\":"
            + target.practitionerId()
            + ",\"motiveId\":"
            + target.motiveId()
            + ",\"locationId\":"
            + target.locationId()
            + ",\"before\":\""
            + Instant.parse(slot).plusSeconds(1)
            + "\"}";
    Api.Answer bobJoins = Api.post("waitlist", wish, Optional.of(bob), Map.of());
    assertThat(bobJoins.status()).as(bobJoins.body()).isEqualTo(201);
    long bobEntry = bobJoins.json().getJsonNumber("id").longValue();
    assertThat(Api.post("waitlist", wish, Optional.of(carol), Map.of()).status()).isEqualTo(201);
    assertProblem(Api.post("waitlist", wish, Optional.of(bob), Map.of()), 409);
    assertThat(ids(Api.get("waitlist", Optional.of(bob)))).containsExactly(bobEntry);

    try (EventTap tap = new EventTap()) {
      long aliceId = ids(Api.get("appointments?scope=upcoming", Optional.of(alice))).get(0);
      Api.Answer cancelled =
          Api.post("appointments/" + aliceId + "/cancel", "", Optional.of(alice), Map.of());
      assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);

      // First in line gets the offer at once; the second gets nothing while it stands.
      JsonArray bobHolds = Api.get("holds", Optional.of(bob)).anyJson().asJsonArray();
      assertThat(bobHolds).hasSize(1);
      JsonObject offer = bobHolds.getJsonObject(0);
      assertThat(offer.getBoolean("offer")).isTrue();
      assertThat(Instant.parse(offer.getString("start"))).isEqualTo(Instant.parse(slot));
      long bobOffer = offer.getJsonNumber("id").longValue();
      assertThat(ids(Api.get("holds", Optional.of(carol)))).isEmpty();
      assertThat(liveRowsAt(target.practitionerId(), slot)).isEqualTo(1);
      assertProblem(Api.book(alice, target.bookingBody(slot), "again"), 409);

      // Bob lets it lapse: the offer moves to Carol, never to both.
      assertThat(await(() -> !ids(Api.get("holds", Optional.of(carol))).isEmpty(), EXPIRY_WAIT))
          .isTrue();
      assertThat(status(bobOffer)).isEqualTo("EXPIRED");
      assertThat(ids(Api.get("holds", Optional.of(bob)))).isEmpty();
      assertProblem(post("holds/" + bobOffer + "/confirm", bob), 410);
      JsonObject carolOffer =
          Api.get("holds", Optional.of(carol)).anyJson().asJsonArray().getJsonObject(0);
      assertThat(Instant.parse(carolOffer.getString("start"))).isEqualTo(Instant.parse(slot));
      assertThat(liveRowsAt(target.practitionerId(), slot)).isEqualTo(1);

      Api.Answer confirmed =
          post("holds/" + carolOffer.getJsonNumber("id").longValue() + "/confirm", carol);
      assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);
      assertThat(ids(Api.get("waitlist", Optional.of(carol)))).isEmpty();
      // Bob is still in line, for any other slot that fits.
      assertThat(ids(Api.get("waitlist", Optional.of(bob)))).containsExactly(bobEntry);
      assertThat(delete("waitlist/" + bobEntry, bob).status()).isEqualTo(204);
      assertThat(ids(Api.get("waitlist", Optional.of(bob)))).isEmpty();

      List<String> events = tap.drain(Duration.ofSeconds(2));
      assertThat(events)
          .filteredOn(
              e ->
                  e.contains("\"WaitlistOfferMade\"")
                      && e.contains("\"practitionerId\":" + target.practitionerId()))
          .hasSize(2);
    }
  }

  /** A bad request, what must come back, and which field the problem must name. */
  private record BadCase(String method, String path, String body, int status, String field) {}

  @Test
  void badHoldAndWaitingListInputIsAProblemAndStoresNothing() throws Exception {
    Target target = Target.pick(39);
    String slot = target.slots().get(4);
    String token = Api.newPatientToken();
    List<BadCase> cases =
        List.of(
            new BadCase("POST", "holds", "{}", 400, "practitionerId"),
            new BadCase("POST", "holds", "{not json", 400, null),
            new BadCase("POST", "holds", target.bookingBody("soon"), 400, "start"),
            new BadCase("POST", "holds", Api.bookingBody(999999999, 1, 1, slot), 404, null),
            new BadCase(
                "POST",
                "holds",
                Api.bookingBody(target.practitionerId(), 999999999, target.motiveId(), slot),
                404,
                null),
            new BadCase(
                "POST",
                "holds",
                Api.bookingBody(target.practitionerId(), target.locationId(), 1, slot),
                404,
                null),
            new BadCase("POST", "holds", target.bookingBody("2020-01-06T09:00:00Z"), 422, "start"),
            new BadCase("POST", "holds", withRelative(target, slot, 999999999), 404, null),
            new BadCase("POST", "holds/abc/confirm", "", 400, "id"),
            new BadCase("POST", "holds/999999999/confirm", "", 404, null),
            new BadCase("DELETE", "holds/999999999", null, 404, null),
            new BadCase("GET", "holds/0", null, 400, "id"),
            new BadCase("POST", "waitlist", "{\"motiveId\":1}", 400, "practitionerId"),
            new BadCase(
                "POST", "waitlist", "{\"practitionerId\":999999999,\"motiveId\":1}", 404, null),
            new BadCase(
                "POST",
                "waitlist",
                "{\"practitionerId\":"
                    + target.practitionerId()
                    + ",\"motiveId\":"
                    + target.motiveId()
                    + ",\"before\":\"2020-01-01T00:00:00Z\"}",
                422,
                "before"),
            new BadCase(
                "POST",
                "waitlist",
                "{\"practitionerId\":"
                    + target.practitionerId()
                    + ",\"motiveId\":"
                    + target.motiveId()
                    + ",\"before\":\"next week\"}",
                400,
                "before"),
            new BadCase("DELETE", "waitlist/999999999", null, 404, null),
            new BadCase(
                "POST",
                "me/relatives",
                "{\"firstName\":\"A\",\"lastName\":\"B\",\"birthDate\":\"2999-01-01\","
                    + "\"relationship\":\"CHILD\"}",
                400,
                "birthDate"),
            new BadCase(
                "POST",
                "me/relatives",
                "{\"firstName\":\"A\",\"lastName\":\"B\",\"birthDate\":\"05/04/2018\","
                    + "\"relationship\":\"CHILD\"}",
                400,
                "birthDate"),
            new BadCase("DELETE", "me/relatives/999999999", null, 404, null));
    for (BadCase c : cases) {
      Api.Answer answer =
          switch (c.method()) {
            case "GET" -> Api.get(c.path(), Optional.of(token));
            case "DELETE" -> delete(c.path(), token);
            default ->
                Api.post(
                    c.path(),
                    c.body(),
                    Optional.of(token),
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
          };
      assertThat(answer.status()).as(c + " -> " + answer.body()).isEqualTo(c.status());
      assertThat(answer.isProblem()).as(c + " content type " + answer.contentType()).isTrue();
      assertThat(answer.body()).as(c.toString()).doesNotContain("Exception");
      if (c.field() != null) {
        assertThat(answer.body()).as(c.toString()).contains("\"field\":\"" + c.field() + "\"");
      }
    }
    assertProblem(Api.post("holds", target.bookingBody(slot), Optional.of(token), Map.of()), 400);
    assertProblem(Api.get("holds", Optional.empty()), 401);

    // Nothing was stored by any of them.
    assertThat(ids(Api.get("holds", Optional.of(token)))).isEmpty();
    assertThat(ids(Api.get("waitlist", Optional.of(token)))).isEmpty();
    assertThat(ids(Api.get("me/relatives", Optional.of(token)))).isEmpty();
    assertThat(target.currentSlots()).contains(slot);
  }

  // ---- helpers ----------------------------------------------------------------------------

  private static Api.Answer hold(String token, String body, String key) {
    return Api.post("holds", body, Optional.of(token), Map.of("Idempotency-Key", key));
  }

  private static Api.Answer post(String path, String token) {
    return Api.post(path, "", Optional.of(token), Map.of());
  }

  private static Api.Answer delete(String path, String token) {
    return Api.send(HttpRequest.newBuilder(Api.BASE.resolve(path)).DELETE(), Optional.of(token));
  }

  private static String withRelative(Target t, String start, long relativeId) {
    return "{\"practitionerId\":"
        + t.practitionerId()
        + ",\"locationId\":"
        + t.locationId()
        + ",\"motiveId\":"
        + t.motiveId()
        + ",\"start\":\""
        + start
        + "\",\"relativeId\":"
        + relativeId
        + "}";
  }

  private static void assertProblem(Api.Answer answer, int status) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.isProblem()).as(answer.contentType()).isTrue();
  }

  private static List<Long> ids(Api.Answer answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.anyJson().asJsonArray().getValuesAs(JsonObject.class).stream()
        .map(o -> o.getJsonNumber("id").longValue())
        .toList();
  }

  /**
   * One free slot per target, each at least a day (plus margin) after the previous one, so the
   * specialty spacing rule never links them.
   */
  private static List<String> spacedSlots(List<Target> targets) {
    List<String> chosen = new ArrayList<>();
    Instant after = Instant.now().plus(Duration.ofHours(3));
    for (Target t : targets) {
      Instant bound = after;
      String s =
          t.slots().stream()
              .filter(x -> !Instant.parse(x).isBefore(bound))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no slot after " + bound + " in " + t));
      chosen.add(s);
      after = Instant.parse(s).plus(Duration.ofHours(25));
    }
    return chosen;
  }

  /** A free slot of the target later on the same day as {@code start}, at least an hour on. */
  private static String sameDayLater(Target t, String start) {
    Instant s = Instant.parse(start);
    return t.currentSlots().stream()
        .filter(
            x -> {
              Duration d = Duration.between(s, Instant.parse(x));
              return d.compareTo(Duration.ofHours(1)) >= 0 && d.compareTo(Duration.ofHours(12)) < 0;
            })
        .findFirst()
        .orElseGet(
            () ->
                t.currentSlots().stream()
                    .filter(
                        x -> {
                          Duration d = Duration.between(Instant.parse(x), s);
                          return d.compareTo(Duration.ofHours(1)) >= 0
                              && d.compareTo(Duration.ofHours(12)) < 0
                              && Instant.parse(x).isAfter(Instant.now().plusSeconds(3 * 3600));
                        })
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no second slot near " + start)));
  }

  private static boolean await(BooleanSupplier done, Duration wait) throws InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(100);
    }
    return true;
  }

  private static Connection database() throws SQLException {
    var db = TestStack.database();
    return DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
  }

  /** Rows that occupy the calendar at this start: confirmed appointments and holds not expired. */
  private static int liveRowsAt(long practitionerId, String start) {
    try (Connection c = database();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT count(*) FROM appointment WHERE practitioner_id = ? AND start_at = ?"
                    + " AND (status = 'CONFIRMED' OR (status = 'HELD' AND expires_at > now()))")) {
      ps.setLong(1, practitionerId);
      ps.setTimestamp(2, Timestamp.from(Instant.parse(start)));
      var rs = ps.executeQuery();
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String status(long appointmentId) {
    try (Connection c = database();
        PreparedStatement ps = c.prepareStatement("SELECT status FROM appointment WHERE id = ?")) {
      ps.setLong(1, appointmentId);
      var rs = ps.executeQuery();
      return rs.next() ? rs.getString(1) : "MISSING";
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
