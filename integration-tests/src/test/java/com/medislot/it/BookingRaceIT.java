package com.medislot.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Races on the booking path of the real WAR, checked against the database itself: many patients on
 * one slot, and many clients booking, cancelling and moving appointments at random on a few busy
 * calendars.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BookingRaceIT {

  /** This class's practitioners: {@code Target.pick} indices 60 to 84. */
  private static final int FIRST_TARGET = 60;

  private static final int TARGETS = 25;

  /** Operations of the mixed workload; {@code -Dit.races.operations} lowers it for a quick run. */
  private static final int OPERATIONS = Integer.getInteger("it.races.operations", 10_000);

  private static final int CLIENTS = 64;

  /** The workload fails rather than run longer than this. */
  private static final Duration WORKLOAD_LIMIT = Duration.ofMinutes(15);

  /** The account holder and this many relatives per client: each is a person for the rules. */
  private static final int RELATIVES_PER_CLIENT = 3;

  /** Slots per practitioner the workload plays on: few enough that the clients collide. */
  private static final int SLOTS_PER_PRACTITIONER = 30;

  /** France's anti-hoarding rules, which the clients respect so that they are rarely the answer. */
  private static final int MAX_UPCOMING_PER_PRACTITIONER = 2;

  private static final Duration SAME_SPECIALTY_SPACING = Duration.ofDays(1);

  private static List<Target> targets;

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.rootWar();
  }

  /**
   * The races queue thousands of emails (confirmations, changes, cancellations and reminders) that
   * the next test classes' servers would spend minutes sending first, so that the notification
   * tests would wait behind them. They prove nothing here: they are skipped.
   */
  @AfterAll
  static void skipTheQueuedEmails() throws SQLException {
    if (targets != null) {
      Races.skipPendingNotifications(targets.stream().map(Target::practitionerId).toList());
    }
  }

  private static synchronized List<Target> targets() {
    if (targets == null) {
      targets = Target.range(FIRST_TARGET, TARGETS);
    }
    return targets;
  }

  @Test
  void twoHundredConcurrentAttemptsOnOneSlotGiveExactlyOneSuccess() throws Exception {
    Target target = targets().get(0);
    Races.oneSlot(target, laterSlots(target).get(0), List.of(Api.SUITE), 200);
  }

  @Test
  void randomBookingsCancellationsAndMovesNeverOverlapAndEveryAnswerIsKept() throws Exception {
    List<Target> hot = targets().subList(1, 21);
    Random seeds = new Random(20261126L);
    Map<Long, Practice> practices = new HashMap<>();
    for (Target t : hot) {
      JsonObject profile = Api.get("practitioners/" + t.practitionerId(), Optional.empty()).json();
      List<String> later = new ArrayList<>(laterSlots(t));
      java.util.Collections.shuffle(later, seeds);
      List<Instant> pool =
          later.subList(0, Math.min(SLOTS_PER_PRACTITIONER, later.size())).stream()
              .map(Instant::parse)
              .sorted()
              .toList();
      practices.put(
          t.practitionerId(),
          new Practice(t, profile.getJsonObject("specialty").getString("code"), pool));
    }
    List<Long> practitionerIds = hot.stream().map(Target::practitionerId).toList();
    Map<Long, String> before = rowsOf(practitionerIds);

    long registering = System.nanoTime();
    long clientSeed = seeds.nextLong();
    List<Client> clients =
        Races.inParallel(
            CLIENTS, 8, i -> new Client(i, Api.newPatientToken(), new Random(clientSeed + i)));
    for (Client client : clients) {
      client.persons.add(OptionalLong.empty());
      for (int r = 0; r < RELATIVES_PER_CLIENT; r++) {
        Api.Answer relative =
            Api.post(
                "me/relatives",
                Json.createObjectBuilder()
                    .add("firstName", "Relative" + r)
                    .add("lastName", "Client" + client.number)
                    .add("birthDate", "2012-0" + (r + 1) + "-15")
                    .add("relationship", "CHILD")
                    .build()
                    .toString(),
                Optional.of(client.token),
                Map.of());
        assertThat(relative.status()).as(relative.body()).isEqualTo(201);
        client.persons.add(OptionalLong.of(relative.json().getJsonNumber("id").longValue()));
      }
    }
    System.out.printf(
        "[races] %d clients with %d persons each ready in %d ms%n",
        CLIENTS, 1 + RELATIVES_PER_CLIENT, (System.nanoTime() - registering) / 1_000_000);

    Workload workload = new Workload(new ArrayList<>(practices.values()), OPERATIONS);
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Void>> running = new ArrayList<>();
    for (Client client : clients) {
      Callable<Void> work =
          () -> {
            go.await();
            while (workload.remaining.getAndDecrement() > 0) {
              client.step(workload);
            }
            return null;
          };
      running.add(pool.submit(work));
    }
    long started = System.nanoTime();
    long deadline = started + WORKLOAD_LIMIT.toNanos();
    go.countDown();
    try {
      for (Future<Void> f : running) {
        f.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      }
    } finally {
      workload.remaining.set(0); // past the limit, the clients stop after their current request
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - started) / 1e9;

    System.out.printf(
        "[races] %d operations by %d clients on %d practitioners in %.1f s: %.0f operations/s%n",
        workload.done.get(), CLIENTS, practices.size(), seconds, workload.done.get() / seconds);
    new TreeMap<>(workload.outcomes)
        .forEach((k, v) -> System.out.printf("[races]   %-28s %6d%n", k, v.get()));
    workload.refusals.stream()
        .limit(5)
        .forEach(r -> System.out.println("[races]   sample refusal: " + r));

    // (c) every answer was a success or a clean refusal: no 5xx, no transport failure.
    assertThat(workload.failures).as("failures").isEmpty();
    assertThat(workload.done.get()).isEqualTo(OPERATIONS);
    // The clients keep to the anti-hoarding rules, so the only refusal is a taken slot: a 422
    // would be the server judging their appointments differently from what it answered.
    assertThat(workload.outcomes.keySet())
        .allSatisfy(
            k ->
                assertThat(k)
                    .isIn(
                        "book 201", "book 409", "cancel 200", "reschedule 200", "reschedule 409"));
    long successes =
        workload.outcomes.entrySet().stream()
            .filter(e -> e.getKey().matches(".* 20[01]"))
            .mapToLong(e -> e.getValue().get())
            .sum();
    assertThat(successes).as("the workload did real work").isGreaterThan(OPERATIONS / 10);
    assertThat(workload.count("book 409")).as("the clients really collided").isPositive();

    // (a) no two live appointments of a practitioner overlap.
    try (Connection c = Races.database();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT a.id, b.id FROM appointment a JOIN appointment b"
                    + " ON a.practitioner_id = b.practitioner_id AND a.id < b.id"
                    + " WHERE a.practitioner_id = ANY(?)"
                    + " AND a.status NOT IN ('CANCELLED', 'EXPIRED', 'RELEASED')"
                    + " AND b.status NOT IN ('CANCELLED', 'EXPIRED', 'RELEASED')"
                    + " AND tstzrange(a.start_at, a.end_at) && tstzrange(b.start_at, b.end_at)")) {
      ps.setArray(1, Races.longs(c, practitionerIds));
      List<String> overlaps = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          overlaps.add(rs.getLong(1) + "/" + rs.getLong(2));
        }
      }
      assertThat(overlaps).as("overlapping appointments").isEmpty();
    }

    // (b) the database is exactly what the successful answers said, and nothing else changed.
    assertThat(workload.ledger).hasSize((int) workload.count("book 201"));
    assertThat(workload.ledger.values().stream().filter(e -> e.cancelled).count())
        .isEqualTo(workload.count("cancel 200"));
    Map<Long, String> after = rowsOf(practitionerIds);
    Map<Long, String> expected = new HashMap<>(before);
    workload.ledger.forEach((id, entry) -> expected.put(id, entry.row()));
    assertThat(after).as("appointments of the hot practitioners").isEqualTo(expected);
    long live = workload.ledger.values().stream().filter(e -> !e.cancelled).count();
    System.out.printf(
        "[races] ledger: %d appointments, %d live, %d cancelled; database agrees%n",
        workload.ledger.size(), live, workload.ledger.size() - live);
  }

  // ---- the workload -------------------------------------------------------------------------

  /** A practitioner of the workload and the slots the clients play on. */
  private record Practice(Target target, String specialty, List<Instant> slots) {}

  /** What the successful answers said about one appointment, last answer wins. */
  private static final class Entry {
    final long practitionerId;
    final OptionalLong relativeId;
    final String specialty;
    Instant start;
    boolean cancelled;

    Entry(long practitionerId, OptionalLong relativeId, String specialty, Instant start) {
      this.practitionerId = practitionerId;
      this.relativeId = relativeId;
      this.specialty = specialty;
      this.start = start;
    }

    String row() {
      return row(practitionerId, start, cancelled ? "CANCELLED" : "CONFIRMED", relativeId);
    }

    static String row(long practitionerId, Instant start, String status, OptionalLong relative) {
      return practitionerId
          + " "
          + start
          + " "
          + status
          + (relative.isPresent() ? " for " + relative.getAsLong() : "");
    }
  }

  /** Shared state of one run: the operations left, the outcomes and the ledger. */
  private static final class Workload {
    final List<Practice> practices;
    final AtomicInteger remaining;
    final AtomicInteger done = new AtomicInteger();
    final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
    final Map<Long, Entry> ledger = new ConcurrentHashMap<>();
    final List<String> failures = new CopyOnWriteArrayList<>();
    final Set<String> refusals = ConcurrentHashMap.newKeySet();
    final long started = System.nanoTime();

    Workload(List<Practice> practices, int operations) {
      this.practices = practices;
      this.remaining = new AtomicInteger(operations);
    }

    /** One more operation done; progress every thousand. */
    void finished() {
      int n = done.incrementAndGet();
      if (n % 1000 == 0) {
        System.out.printf(
            "[races]   %d operations after %d s%n",
            n, (System.nanoTime() - started) / 1_000_000_000);
      }
    }

    long count(String outcome) {
      AtomicLong n = outcomes.get(outcome);
      return n == null ? 0 : n.get();
    }

    /** Counts the answer; true if it is a success. A 5xx or a non-problem refusal is a failure. */
    boolean record(String operation, Api.Answer answer) {
      finished();
      int status = answer.status();
      outcomes.computeIfAbsent(operation + " " + status, k -> new AtomicLong()).incrementAndGet();
      if (status >= 200 && status < 300) {
        return true;
      }
      if (status >= 500 || !answer.isProblem()) {
        failures.add(operation + " " + status + " " + answer.contentType() + " " + answer.body());
      } else if (status != 409 && refusals.size() < 50) {
        refusals.add(operation + " " + status + " " + answer.body());
      }
      return false;
    }
  }

  /**
   * One client: a patient account and its relatives, playing one operation at a time. It knows its
   * own appointments (its ledger entries) and keeps to the anti-hoarding rules with them, so its
   * refusals are collisions with other clients.
   */
  private static final class Client {
    final int number;
    final String token;
    final Random random;
    final List<OptionalLong> persons = new ArrayList<>();
    final Map<Long, Entry> mine = new HashMap<>();

    Client(int number, String token, Random random) {
      this.number = number;
      this.token = token;
      this.random = random;
    }

    void step(Workload w) {
      try {
        int dice = random.nextInt(100);
        List<Long> live =
            mine.entrySet().stream()
                .filter(e -> !e.getValue().cancelled)
                .map(Map.Entry::getKey)
                .toList();
        if (live.isEmpty() || dice < 45) {
          if (book(w)) {
            return;
          }
        } else if (dice < 80) {
          if (reschedule(w, live.get(random.nextInt(live.size())))) {
            return;
          }
        }
        if (!live.isEmpty()) {
          cancel(w, live.get(random.nextInt(live.size())));
        } else {
          w.failures.add("client " + number + " found nothing to do");
          w.finished();
        }
      } catch (RuntimeException e) {
        w.failures.add("client " + number + ": " + e);
        w.finished();
      }
    }

    private boolean book(Workload w) {
      for (int attempt = 0; attempt < 20; attempt++) {
        OptionalLong person = persons.get(random.nextInt(persons.size()));
        Practice p = w.practices.get(random.nextInt(w.practices.size()));
        Instant start = p.slots().get(random.nextInt(p.slots().size()));
        if (!allowed(person, p, start, OptionalLong.empty())) {
          continue;
        }
        JsonObject body = bookingBody(p.target(), start, person);
        Api.Answer answer = Api.book(token, body.toString(), UUID.randomUUID().toString());
        if (w.record("book", answer)) {
          JsonObject a = answer.json();
          long id = a.getJsonNumber("id").longValue();
          if (answer.status() != 201
              || !"CONFIRMED".equals(a.getString("status"))
              || !Instant.parse(a.getString("start")).equals(start)) {
            w.failures.add("book answered " + answer.status() + " " + answer.body());
          }
          Entry e = new Entry(p.target().practitionerId(), person, p.specialty(), start);
          mine.put(id, e);
          if (w.ledger.putIfAbsent(id, e) != null) {
            w.failures.add("appointment " + id + " created twice");
          }
        }
        return true;
      }
      return false;
    }

    private boolean reschedule(Workload w, long id) {
      Entry e = mine.get(id);
      Practice p =
          w.practices.stream()
              .filter(x -> x.target().practitionerId() == e.practitionerId)
              .findFirst()
              .orElseThrow();
      for (int attempt = 0; attempt < 10; attempt++) {
        Instant start = p.slots().get(random.nextInt(p.slots().size()));
        if (start.equals(e.start) || !allowed(e.relativeId, p, start, OptionalLong.of(id))) {
          continue;
        }
        Api.Answer answer =
            Api.post(
                "appointments/" + id + "/reschedule",
                Json.createObjectBuilder().add("start", start.toString()).build().toString(),
                Optional.of(token),
                Map.of());
        if (w.record("reschedule", answer)) {
          JsonObject a = answer.json();
          if (a.getJsonNumber("id").longValue() != id
              || !"CONFIRMED".equals(a.getString("status"))
              || !Instant.parse(a.getString("start")).equals(start)) {
            w.failures.add("reschedule answered " + answer.body());
          }
          e.start = start;
        }
        return true;
      }
      return false;
    }

    private void cancel(Workload w, long id) {
      Api.Answer answer =
          Api.post("appointments/" + id + "/cancel", "", Optional.of(token), Map.of());
      if (w.record("cancel", answer)) {
        JsonObject a = answer.json();
        if (a.getJsonNumber("id").longValue() != id || !"CANCELLED".equals(a.getString("status"))) {
          w.failures.add("cancel answered " + answer.body());
        }
        mine.get(id).cancelled = true;
      }
    }

    /** The country's rules as this client knows them from its own live appointments. */
    private boolean allowed(OptionalLong person, Practice p, Instant start, OptionalLong moving) {
      long withPractitioner = 0;
      for (Map.Entry<Long, Entry> m : mine.entrySet()) {
        Entry e = m.getValue();
        if (e.cancelled
            || !e.relativeId.equals(person)
            || (moving.isPresent() && m.getKey() == moving.getAsLong())) {
          continue;
        }
        if (e.practitionerId == p.target().practitionerId()) {
          withPractitioner++;
        }
        if (e.specialty.equals(p.specialty())
            && Duration.between(e.start, start).abs().compareTo(SAME_SPECIALTY_SPACING) <= 0) {
          return false;
        }
      }
      return withPractitioner < MAX_UPCOMING_PER_PRACTITIONER;
    }
  }

  private static JsonObject bookingBody(Target t, Instant start, OptionalLong relative) {
    var b =
        Json.createObjectBuilder()
            .add("practitionerId", t.practitionerId())
            .add("locationId", t.locationId())
            .add("motiveId", t.motiveId())
            .add("start", start.toString());
    relative.ifPresent(r -> b.add("relativeId", r));
    return b.build();
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** The target's free slots that start far enough ahead to be booked, moved and cancelled. */
  private static List<String> laterSlots(Target t) {
    return Races.laterSlots(Api.SUITE, t);
  }

  /** Every appointment row of these practitioners: id → practitioner, start, status, relative. */
  private static Map<Long, String> rowsOf(List<Long> practitionerIds) throws SQLException {
    try (Connection c = Races.database();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT id, practitioner_id, start_at, status, relative_id FROM appointment"
                    + " WHERE practitioner_id = ANY(?)")) {
      ps.setArray(1, Races.longs(c, practitionerIds));
      Map<Long, String> rows = new HashMap<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Number relative = (Number) rs.getObject(5);
          rows.put(
              rs.getLong(1),
              Entry.row(
                  rs.getLong(2),
                  rs.getTimestamp(3).toInstant(),
                  rs.getString(4),
                  relative == null ? OptionalLong.empty() : OptionalLong.of(relative.longValue())));
        }
      }
      return rows;
    }
  }
}
