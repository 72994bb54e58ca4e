package com.medislot.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.medislot.launcher.LocalPorts;
import com.medislot.launcher.PayaraMicroProcess;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two Payara Micro nodes of the real WAR in one cluster on 127.0.0.1 (Hazelcast over a TCP/IP
 * member list, the slot cache distributed over JGroups TCP), sharing the suite's PostgreSQL,
 * Artemis and mail server, each with its own search index: races and background work across both.
 * The nodes are started here, not by Arquillian, which runs one server per test class.
 */
class TwoNodeIT {

  /** This class's practitioners: {@code Target.pick} indices 22 to 29 and 86 to 95. */
  private static final int FIRST_TARGET = 22;

  private static final int TARGETS = 8;

  private static final int FIRST_MAIL_TARGET = 86;

  private static final int MAIL_TARGETS = 10;

  private static final String CLUSTER = "medislot-two-node";

  /** How long a change made through one node may take to show on the other. */
  private static final Duration PROPAGATION = Duration.ofSeconds(10);

  private static final Duration EXPIRY_WAIT = TestStack.HOLD_TTL.plus(Duration.ofSeconds(20));

  private static final Duration MAIL_WAIT = Duration.ofSeconds(90);

  private static final Pattern TWO_HAZELCAST_MEMBERS =
      Pattern.compile("DG Name: " + CLUSTER + " DG Size: 2\\b");

  private static final Pattern DEMO_DATA_PRESENT = Pattern.compile("Demo data (already )?loaded");

  private static final Duration STARTUP = Duration.ofMinutes(6);

  private static final Pattern TWO_CACHE_MEMBERS = Pattern.compile("ISPN000094.*\\(2\\)");

  private static PayaraMicroProcess nodeA;
  private static PayaraMicroProcess nodeB;
  private static PayaraMicroProcess.Builder nodeBLauncher;
  private static Api.Server a;
  private static Api.Server b;
  private static List<Target> targets;
  private static List<Target> mailTargets;

  /** Every practitioner this class books, whose queued emails are skipped at the end. */
  private static final Set<Long> touched = ConcurrentHashMap.newKeySet();

  @BeforeAll
  static void startTwoNodes() {
    Path work = Path.of(System.getProperty("it.work"), "two-node");
    Path runtime = Path.of(System.getProperty("it.runtime"));
    List<Integer> ports = distinctFreePorts(6);
    int httpA = ports.get(0);
    int httpB = ports.get(1);
    int hazelcastA = ports.get(2);
    int hazelcastB = ports.get(3);
    String cacheMembers = "127.0.0.1[" + ports.get(4) + "],127.0.0.1[" + ports.get(5) + "]";

    // Node B is launched once node A has the demo data in the database: the loader checks its
    // marker row, then seeds in one transaction, so two nodes starting together on a fresh
    // database could both seed (the second would then fail on the marker's key). Node B's boot
    // overlaps node A's deployment from there.
    long started = System.nanoTime();
    nodeA =
        node(work.resolve("a"), runtime, httpA, hazelcastA, hazelcastB, ports.get(4), cacheMembers)
            .launch();
    awaitDemoData(nodeA);
    long seeded = System.nanoTime();
    nodeBLauncher =
        node(work.resolve("b"), runtime, httpB, hazelcastB, hazelcastA, ports.get(5), cacheMembers);
    nodeB = nodeBLauncher.launch();
    nodeA.awaitReady();
    long readyA = System.nanoTime();
    nodeB.awaitReady();
    long readyB = System.nanoTime();
    System.out.printf(
        "[two-node] demo data present after %.1f s; node A ready after %.1f s, node B after %.1f"
            + " s (logs: %s, %s)%n",
        (seeded - started) / 1e9,
        (readyA - started) / 1e9,
        (readyB - started) / 1e9,
        nodeA.logFile(),
        nodeB.logFile());
    a = new Api.Server(nodeA.baseUri());
    b = new Api.Server(nodeB.baseUri());
    targets = Target.range(a, FIRST_TARGET, TARGETS);
    mailTargets = Target.range(a, FIRST_MAIL_TARGET, MAIL_TARGETS);
  }

  @AfterAll
  static void stopBothNodes() throws SQLException {
    try {
      if (!touched.isEmpty()) {
        Races.skipPendingNotifications(touched);
      }
    } finally {
      try {
        if (nodeB != null) {
          nodeB.close();
        }
      } finally {
        if (nodeA != null) {
          nodeA.close();
        }
      }
    }
  }

  /** Waits until the node's demo data loader has loaded the data or found it loaded. */
  private static void awaitDemoData(PayaraMicroProcess node) {
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (!logMatches(node, DEMO_DATA_PRESENT)) {
      if (System.nanoTime() > deadline || node.onExit().isDone()) {
        throw new AssertionError("no demo data after " + STARTUP + "; see " + node.logFile());
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static PayaraMicroProcess.Builder node(
      Path work,
      Path runtime,
      int http,
      int hazelcast,
      int otherHazelcast,
      int cachePort,
      String cacheMembers) {
    return PayaraMicroProcess.builder()
        .payaraJar(runtime.resolve("payara-micro.jar"))
        .resourceAdapter(runtime.resolve("artemis-rar.rar"))
        .application(runtime.resolve("ROOT.war"))
        .httpPort(http)
        .hazelcastPort(hazelcast)
        .otherMembers(List.of(otherHazelcast))
        .clusterName(CLUSTER)
        .workDirectory(work)
        .settings(
            TestStack.settings(work.resolve("data"))
                .set("medislot.cache.mode", "clustered")
                .set("medislot.cache.cluster-name", CLUSTER + "-slots")
                .set("medislot.cache.jgroups.bind-address", LocalPorts.LOOPBACK)
                .set("medislot.cache.jgroups.port", Integer.toString(cachePort))
                .set("medislot.cache.jgroups.initial-hosts", cacheMembers)
                .build())
        .startupTimeout(STARTUP)
        .echoOutput(Optional.empty())
        .jvmOption("-Xmx1g");
  }

  @Test
  void bothNodesAreMembersOfOneHazelcastClusterAndOneSlotCacheCluster() throws Exception {
    for (PayaraMicroProcess node : List.of(nodeA, nodeB)) {
      assertThat(await(() -> logMatches(node, TWO_HAZELCAST_MEMBERS), PROPAGATION))
          .as("two Hazelcast members in %s", node.logFile())
          .isTrue();
      assertThat(await(() -> logMatches(node, TWO_CACHE_MEMBERS), PROPAGATION))
          .as("a two-member slot cache view in %s", node.logFile())
          .isTrue();
    }
  }

  @Test
  void twoHundredPatientsOnOneSlotThroughTwoNodesGetExactlyOneAppointment() throws Exception {
    Target target = targets.get(0);
    touched.add(target.practitionerId());
    String slot = Races.laterSlots(a, target).get(0);
    Races.Outcome outcome = Races.oneSlot(target, slot, List.of(a, b), 200);
    Map<Api.Server, Long> perNode = new HashMap<>();
    outcome.servers().forEach(s -> perNode.merge(s, 1L, Long::sum));
    assertThat(perNode).containsEntry(a, 100L).containsEntry(b, 100L);
    System.out.printf(
        "[two-node] one slot, 100 attempts through each node: node %s won in %d ms%n",
        outcome.servers().get(outcome.winner()) == a ? "A" : "B", outcome.millis());
  }

  @Test
  void aSlotBookedThroughOneNodeLeavesTheOtherAndComesBackWhenCancelledThere() throws Exception {
    Target target = targets.get(1);
    touched.add(target.practitionerId());
    String slot = Races.laterSlots(a, target).get(0);
    assertThat(target.currentSlots(b)).as("node B offers the slot first").contains(slot);

    String token = a.newPatientToken();
    Api.Answer booked = a.book(token, target.bookingBody(slot), UUID.randomUUID().toString());
    assertThat(booked.status()).as(booked.body()).isEqualTo(201);
    long id = booked.json().getJsonNumber("id").longValue();
    long bookedAt = System.nanoTime();
    assertThat(await(() -> !target.currentSlots(b).contains(slot), PROPAGATION))
        .as("node B stops offering %s after a booking through node A", slot)
        .isTrue();
    long goneOnB = System.nanoTime();
    assertThat(target.currentSlots(a)).doesNotContain(slot);

    Api.Answer cancelled =
        b.post("appointments/" + id + "/cancel", "", Optional.of(token), Map.of());
    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
    long cancelledAt = System.nanoTime();
    assertThat(await(() -> target.currentSlots(a).contains(slot), PROPAGATION))
        .as("node A offers %s again after a cancellation through node B", slot)
        .isTrue();
    long backOnA = System.nanoTime();
    assertThat(target.currentSlots(b)).contains(slot);
    System.out.printf(
        "[two-node] booked through A, gone from B's slots after %d ms; cancelled through B, back"
            + " in A's slots after %d ms%n",
        (goneOnB - bookedAt) / 1_000_000, (backOnA - cancelledAt) / 1_000_000);
  }

  /**
   * Each node has its own Lucene index, kept current by its own subscription to the events topic: a
   * booking through node A must reach node B's search answer (its next availability).
   */
  @Test
  void aBookingThroughOneNodeReachesTheOtherNodesSearchIndex() throws Exception {
    Target target = targets.get(2);
    touched.add(target.practitionerId());
    JsonObject location = locationOf(b, target);
    Optional<Instant> before = nextAvailable(b, target, location);
    assertThat(before).as("next availability of %s on node B", target).isPresent();
    // Book the earliest slot bookable now, over all the practitioner's motives there. The search's
    // next availability was that slot when it was computed, or an earlier one that has since
    // fallen inside the minimum notice; either way the booking moves it on.
    String first = before.get().toString();
    String body = null;
    Instant earliest = null;
    JsonArray motives =
        a.get("practitioners/" + target.practitionerId(), Optional.empty())
            .json()
            .getJsonArray("motives");
    for (JsonObject motive : motives.getValuesAs(JsonObject.class)) {
      long motiveId = motive.getJsonNumber("id").longValue();
      List<String> slots;
      try {
        slots = Target.slots(a, target.practitionerId(), target.locationId(), motiveId);
      } catch (AssertionError offlineMotive) {
        continue; // a motive not bookable online has no slots (404)
      }
      if (!slots.isEmpty()
          && (earliest == null || Instant.parse(slots.get(0)).isBefore(earliest))) {
        earliest = Instant.parse(slots.get(0));
        body =
            Api.bookingBody(target.practitionerId(), target.locationId(), motiveId, slots.get(0));
      }
    }
    assertThat(earliest).as("a bookable slot of %s", target).isNotNull();
    assertThat(earliest)
        .as("the earliest bookable slot against the search's next availability %s", first)
        .isAfterOrEqualTo(before.get());

    Api.Answer booked = a.book(a.newPatientToken(), body, UUID.randomUUID().toString());
    assertThat(booked.status()).as(booked.body()).isEqualTo(201);
    long bookedAt = System.nanoTime();
    assertThat(await(() -> !nextAvailable(b, target, location).equals(before), PROPAGATION))
        .as("node B's search still gives %s as next availability", first)
        .isTrue();
    long seen = System.nanoTime();
    assertThat(
            await(
                () -> nextAvailable(a, target, location).equals(nextAvailable(b, target, location)),
                PROPAGATION))
        .as("both nodes' search give the same next availability")
        .isTrue();
    System.out.printf(
        "[two-node] booked through A, node B's search moved its next availability on after %d"
            + " ms%n",
        (seen - bookedAt) / 1_000_000);
  }

  /**
   * A node hears the events only while it runs, so a node that was stopped missed the changes the
   * others made meanwhile: it indexes again, as it starts, the documents changed since its index
   * was last known to hold every change. The change here is two days off in a calendar, made
   * through node A while node B is stopped.
   */
  @Test
  void aRestartedNodesIndexHoldsTheChangesMadeWhileItWasStopped() throws Exception {
    String staff = DayOff.staffToken(a);
    DayOff off = DayOff.plan(a);
    assertThat(off.listedOn(a)).as("free on %s through node A", off.day()).isTrue();
    assertThat(off.listedOn(b)).as("free on %s through node B", off.day()).isTrue();
    nodeB.close();
    long blockId = off.block(a, staff);
    try {
      assertThat(await(() -> !off.listedOn(a), PROPAGATION))
          .as("node A's index holds the block")
          .isTrue();
      long restart = System.nanoTime();
      nodeB = nodeBLauncher.launch();
      nodeB.awaitReady();
      System.out.printf(
          "[two-node] node B restarted in %.1f s%n", (System.nanoTime() - restart) / 1e9);
      assertThat(off.listedOn(b))
          .as("node B, as soon as it answers, lists a practitioner blocked while it was stopped")
          .isFalse();
    } finally {
      DayOff.unblock(a, staff, blockId);
    }
    assertThat(await(() -> off.listedOn(a) && off.listedOn(b), PROPAGATION))
        .as("both nodes list the practitioner again once the block is lifted")
        .isTrue();
  }

  /**
   * Every node handles every event, but the {@code practitioner_search} row is shared: the first
   * node to commit stores the new next availability, and the others then load a row that already
   * holds it. Their own indexes must change all the same. Here the row is made to hold the value
   * before either node handles the event, so that neither finds anything new in it.
   */
  @Test
  void eachNodeIndexesTheNewAvailabilityEvenWhenTheSharedRowAlreadyHoldsIt() throws Exception {
    Target target = targets.get(3);
    touched.add(target.practitionerId());
    JsonObject location = locationOf(b, target);
    String token = a.newPatientToken();
    Api.Answer booked =
        a.book(
            token,
            target.bookingBody(Races.laterSlots(a, target).get(0)),
            UUID.randomUUID().toString());
    assertThat(booked.status()).as(booked.body()).isEqualTo(201);
    long id = booked.json().getJsonNumber("id").longValue();
    Optional<Instant> before = nextAvailable(b, target, location);
    assertThat(before).as("next availability of %s on node B", target).isPresent();

    // Behind the nodes' backs: the practitioner goes absent for the whole booking horizon, and
    // the shared row already says there is nothing free, as if another node had handled it.
    long absence;
    try (Connection c = Races.database()) {
      c.setAutoCommit(false);
      try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO calendar_exception (practitioner_id, kind, start_at, end_at,"
                      + " reason) VALUES (?, 'ABSENCE', now() - interval '1 day', now() +"
                      + " interval '400 days', 'two-node test') RETURNING id");
          PreparedStatement row =
              c.prepareStatement(
                  "UPDATE practitioner_search SET next_available = NULL WHERE practitioner_id"
                      + " = ?")) {
        insert.setLong(1, target.practitionerId());
        try (ResultSet rs = insert.executeQuery()) {
          rs.next();
          absence = rs.getLong(1);
        }
        row.setLong(1, target.practitionerId());
        assertThat(row.executeUpdate()).isPositive();
      }
      c.commit();
    }
    try {
      assertThat(nextAvailable(a, target, location)).as("node A's index, untouched").isPresent();
      assertThat(nextAvailable(b, target, location)).as("node B's index, untouched").isPresent();

      // The cancellation's event makes both nodes recompute: nothing free, as the row says.
      Api.Answer cancelled =
          b.post("appointments/" + id + "/cancel", "", Optional.of(token), Map.of());
      assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
      for (Api.Server node : List.of(a, b)) {
        assertThat(await(() -> nextAvailable(node, target, location).isEmpty(), PROPAGATION))
            .as("node %s's search still gives %s", node == a ? "A" : "B", before.get())
            .isTrue();
      }
    } finally {
      try (Connection c = Races.database();
          PreparedStatement delete =
              c.prepareStatement("DELETE FROM calendar_exception WHERE id = ?")) {
        delete.setLong(1, absence);
        delete.executeUpdate();
      }
    }
  }

  @Test
  void holdsPlacedOnBothNodesExpireExactlyOnceWithTwoSweepers() throws Exception {
    List<Target> held = targets.subList(4, 8);
    // patients registered first: a hold lives 8 s, placing them must be quick
    List<String> tokens =
        Races.inParallel(held.size() * 2, 4, i -> (i % 2 == 0 ? a : b).newPatientToken());
    Map<Long, Hold> holds = new HashMap<>();
    try (EventTap tap = new EventTap()) {
      long placed = System.nanoTime();
      for (int n = 0; n < held.size(); n++) {
        Target t = held.get(n);
        touched.add(t.practitionerId());
        List<String> later = Races.laterSlots(a, t);
        for (int i = 0; i < 2; i++) {
          Api.Server node = i == 0 ? a : b;
          String slot = later.get(i * 2);
          Api.Answer answer =
              node.post(
                  "holds",
                  t.bookingBody(slot),
                  Optional.of(tokens.get(n * 2 + i)),
                  Map.of("Idempotency-Key", UUID.randomUUID().toString()));
          assertThat(answer.status()).as(answer.body()).isEqualTo(201);
          long id = answer.json().getJsonNumber("id").longValue();
          holds.put(id, new Hold(id, t, slot));
          Api.Server other = node == a ? b : a;
          assertThat(await(() -> !t.currentSlots(other).contains(slot), Duration.ofSeconds(4)))
              .as("the other node stops offering the held slot %s", slot)
              .isTrue();
        }
      }

      assertThat(
              await(
                  () -> statuses(holds.keySet()).values().stream().allMatch("EXPIRED"::equals),
                  EXPIRY_WAIT))
          .as("every hold expired: %s", statuses(holds.keySet()))
          .isTrue();
      long expired = System.nanoTime();
      for (Hold h : holds.values()) {
        for (Api.Server node : List.of(a, b)) {
          assertThat(await(() -> h.target.currentSlots(node).contains(h.slot), PROPAGATION))
              .as("%s offered again by %s", h.slot, node)
              .isTrue();
        }
      }
      assertThat(liveHolds(held)).as("holds still active").isZero();

      // both sweepers keep running for a few more ticks: a second expiry would show here
      List<String> events = tap.drain(Duration.ofSeconds(4));
      Map<Long, Integer> expiries = new HashMap<>();
      for (String text : events) {
        JsonObject event = Json.createReader(new StringReader(text)).readObject();
        if ("HoldExpired".equals(event.getString("type"))) {
          long id = event.getJsonObject("data").getJsonNumber("holdId").longValue();
          if (holds.containsKey(id)) {
            expiries.merge(id, 1, Integer::sum);
          }
        }
      }
      Map<Long, Integer> once = new HashMap<>();
      holds.keySet().forEach(id -> once.put(id, 1));
      assertThat(expiries).as("HoldExpired events per hold").isEqualTo(once);
      assertThat(statuses(holds.keySet()).values()).containsOnly("EXPIRED");
      System.out.printf(
          "[two-node] %d holds (half through each node) expired %.1f s after they were placed;"
              + " one HoldExpired event each%n",
          holds.size(), (expired - placed) / 1e9);
    }
  }

  @Test
  void everyBookingThroughEitherNodeGetsExactlyOneConfirmationEmail() throws Exception {
    int perPractitioner = 2;
    List<Booking> bookings = new ArrayList<>();
    for (Target t : mailTargets) {
      touched.add(t.practitionerId());
      List<String> later = Races.laterSlots(a, t);
      for (int i = 0; i < perPractitioner; i++) {
        bookings.add(
            new Booking(t, later.get(i * 2), "two-node-" + UUID.randomUUID() + "@example.org"));
      }
    }
    long started = System.nanoTime();
    List<Long> ids =
        Races.inParallel(
            bookings.size(),
            8,
            i -> {
              Booking bk = bookings.get(i);
              Api.Server node = i % 2 == 0 ? a : b;
              String token = node.newPatientToken(bk.email);
              Api.Answer answer =
                  node.book(token, bk.target.bookingBody(bk.slot), UUID.randomUUID().toString());
              assertThat(answer.status()).as(answer.body()).isEqualTo(201);
              return answer.json().getJsonNumber("id").longValue();
            });

    assertThat(
            await(
                () -> bookings.stream().allMatch(bk -> !messagesTo(bk.email).isEmpty()), MAIL_WAIT))
        .as("a confirmation for every booking")
        .isTrue();
    long delivered = System.nanoTime();
    // both nodes' delivery timers keep polling: a duplicate would arrive now
    Thread.sleep(5_000);
    for (int i = 0; i < bookings.size(); i++) {
      List<MimeMessage> received = messagesTo(bookings.get(i).email);
      assertThat(received).as("messages to %s", bookings.get(i).email).hasSize(1);
      assertThat(received.get(0).getSubject()).startsWith("Appointment confirmed");
      assertThat(GreenMailUtil.getWholeMessage(received.get(0)))
          .contains("appointment-" + ids.get(i) + "@medislot");
    }
    assertThat(ids).doesNotHaveDuplicates();
    // each intake commit wakes its node's senders from the transaction's completion callback,
    // where a session bean call fails once the finished transaction cannot be resumed
    for (PayaraMicroProcess node : List.of(nodeA, nodeB)) {
      assertThat(logMatches(node, Pattern.compile("Invalid transaction passed to resume")))
          .as("a failed call from a completion callback in %s", node.logFile())
          .isFalse();
    }
    assertThat(confirmationRows(ids))
        .as("confirmation rows per appointment")
        .hasSize(ids.size())
        .allSatisfy(row -> assertThat(row).endsWith(" 1 SENT"));
    System.out.printf(
        "[two-node] %d bookings through two nodes: %d confirmations, all in %.1f s, none twice%n",
        ids.size(), ids.size(), (delivered - started) / 1e9);
  }

  // ---- helpers ----------------------------------------------------------------------------

  private record Hold(long id, Target target, String slot) {}

  private record Booking(Target target, String slot, String email) {}

  private static List<Integer> distinctFreePorts(int n) {
    Set<Integer> ports = new LinkedHashSet<>();
    while (ports.size() < n) {
      ports.add(LocalPorts.freePort());
    }
    return List.copyOf(ports);
  }

  private static boolean logMatches(PayaraMicroProcess node, Pattern pattern) {
    try {
      return pattern.matcher(Files.readString(node.logFile())).find();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonObject locationOf(Api.Server server, Target target) {
    JsonObject profile =
        server.get("practitioners/" + target.practitionerId(), Optional.empty()).json();
    return profile.getJsonArray("locations").getValuesAs(JsonObject.class).stream()
        .filter(l -> l.getJsonNumber("id").longValue() == target.locationId())
        .findFirst()
        .orElseThrow();
  }

  /** The next availability this server's search gives for the target at its location. */
  private static Optional<Instant> nextAvailable(
      Api.Server server, Target target, JsonObject location) {
    Api.Answer found =
        server.get(
            "search/practitioners?"
                + Api.query(
                    Map.of(
                        "lat",
                        location.getJsonNumber("lat").toString(),
                        "lon",
                        location.getJsonNumber("lon").toString(),
                        "radiusKm",
                        "0.5",
                        "limit",
                        "100")),
            Optional.empty());
    assertThat(found.status()).as(found.body()).isEqualTo(200);
    JsonObject hit =
        found.json().getJsonArray("results").getValuesAs(JsonObject.class).stream()
            .filter(r -> r.getJsonNumber("practitionerId").longValue() == target.practitionerId())
            .filter(
                r ->
                    r.getJsonObject("location").getJsonNumber("id").longValue()
                        == target.locationId())
            .findFirst()
            .orElseThrow(() -> new AssertionError(target + " not found near its location"));
    return Api.isNull(hit, "nextAvailable")
        ? Optional.empty()
        : Optional.of(Instant.parse(hit.getString("nextAvailable")));
  }

  private static Map<Long, String> statuses(Set<Long> ids) {
    try (Connection c = Races.database();
        PreparedStatement ps =
            c.prepareStatement("SELECT id, status FROM appointment WHERE id = ANY (?)")) {
      ps.setArray(1, Races.longs(c, List.copyOf(ids)));
      Map<Long, String> statuses = new HashMap<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          statuses.put(rs.getLong(1), rs.getString(2));
        }
      }
      return statuses;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int liveHolds(List<Target> practitioners) throws SQLException {
    try (Connection c = Races.database();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT count(*) FROM appointment WHERE status = 'HELD' AND practitioner_id = ANY"
                    + " (?)")) {
      ps.setArray(1, Races.longs(c, practitioners.stream().map(Target::practitionerId).toList()));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  /** {@code appointment count status} of the email confirmations of these appointments. */
  private static List<String> confirmationRows(List<Long> appointmentIds) throws SQLException {
    try (Connection c = Races.database();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT appointment_id, count(*), string_agg(status, ',') FROM notification"
                    + " WHERE kind = 'CONFIRMATION' AND channel = 'EMAIL' AND appointment_id ="
                    + " ANY (?) GROUP BY appointment_id")) {
      ps.setArray(1, Races.longs(c, appointmentIds));
      List<String> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(rs.getLong(1) + " " + rs.getInt(2) + " " + rs.getString(3));
        }
      }
      return rows;
    }
  }

  private static List<MimeMessage> messagesTo(String email) {
    return Arrays.stream(TestStack.mail().getReceivedMessages())
        .filter(m -> isTo(m, email))
        .toList();
  }

  private static boolean isTo(MimeMessage m, String email) {
    try {
      Address[] to = m.getAllRecipients();
      return to != null && Arrays.stream(to).anyMatch(x -> x.toString().equalsIgnoreCase(email));
    } catch (MessagingException e) {
      return false;
    }
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
}
