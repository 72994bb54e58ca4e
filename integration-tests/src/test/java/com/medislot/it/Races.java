package com.medislot.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * What the race tests share: many patients released together on one slot, through one server or
 * several, checked against the database itself; parallel set-up; and the emails a race queues.
 */
final class Races {

  /** Slots at least this far ahead: beyond the minimum notice and the change cutoff (2 h). */
  static final Duration LEAD = Duration.ofHours(3);

  private Races() {}

  /** The answers of one race and the server each attempt went to. */
  record Outcome(List<Api.Answer> answers, List<Api.Server> servers, long millis) {

    /** Index of the one 201 in {@link #answers}. */
    int winner() {
      for (int i = 0; i < answers.size(); i++) {
        if (answers.get(i).status() == 201) {
          return i;
        }
      }
      throw new AssertionError("no winner");
    }

    Map<Integer, Long> byStatus() {
      Map<Integer, Long> counts = new TreeMap<>();
      answers.forEach(a -> counts.merge(a.status(), 1L, Long::sum));
      return counts;
    }
  }

  /**
   * {@code attempts} new patients, registered beforehand, book {@code slot} all at once after a
   * latch; attempt {@code i} goes to {@code servers.get(i % servers.size())}. Asserts exactly one
   * 201 for that slot, a problem+json 409 for every other attempt, and exactly one live appointment
   * on the slot in the database: the winner's.
   */
  static Outcome oneSlot(Target target, String slot, List<Api.Server> servers, int attempts)
      throws Exception {
    long registering = System.nanoTime();
    List<String> tokens =
        inParallel(attempts, 8, i -> servers.get(i % servers.size()).newPatientToken());
    System.out.printf(
        "[races] %d patients registered and signed in in %d ms%n",
        attempts, (System.nanoTime() - registering) / 1_000_000);

    ExecutorService pool = Executors.newFixedThreadPool(attempts);
    CountDownLatch ready = new CountDownLatch(attempts);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Api.Answer>> futures = new ArrayList<>();
    List<Api.Server> via = new ArrayList<>();
    for (int i = 0; i < attempts; i++) {
      String token = tokens.get(i);
      Api.Server server = servers.get(i % servers.size());
      via.add(server);
      String key = UUID.randomUUID().toString();
      futures.add(
          pool.submit(
              () -> {
                ready.countDown();
                go.await();
                return server.book(token, target.bookingBody(slot), key);
              }));
    }
    assertThat(ready.await(60, TimeUnit.SECONDS)).isTrue();
    long started = System.nanoTime();
    go.countDown();
    List<Api.Answer> answers = new ArrayList<>();
    try {
      for (Future<Api.Answer> f : futures) {
        answers.add(f.get(180, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdown();
    }
    Outcome outcome = new Outcome(answers, via, (System.nanoTime() - started) / 1_000_000);
    System.out.printf(
        "[races] one slot, %d attempts on %d server(s): %s in %d ms%n",
        attempts, servers.size(), outcome.byStatus(), outcome.millis());

    List<Api.Answer> won = answers.stream().filter(a -> a.status() == 201).toList();
    assertThat(won).as("%s", outcome.byStatus()).hasSize(1);
    assertThat(answers)
        .filteredOn(a -> a.status() != 201)
        .hasSize(attempts - 1)
        .allSatisfy(
            a -> {
              assertThat(a.status()).as(a.body()).isEqualTo(409);
              assertThat(a.isProblem()).as(a.contentType()).isTrue();
              assertThat(a.json().getInt("status")).isEqualTo(409);
            });
    long winner = won.get(0).json().getJsonNumber("id").longValue();
    assertThat(Instant.parse(won.get(0).json().getString("start"))).isEqualTo(Instant.parse(slot));
    assertThat(liveRowsAt(target, slot)).containsExactly(winner + ":CONFIRMED");
    return outcome;
  }

  /** {@code id:status} of the appointments that occupy this slot's first minute. */
  static List<String> liveRowsAt(Target target, String slot) throws SQLException {
    try (Connection c = database();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT id, status FROM appointment WHERE practitioner_id = ? AND status <>"
                    + " 'CANCELLED' AND tstzrange(start_at, end_at) &&"
                    + " tstzrange(CAST(? AS timestamptz), CAST(? AS timestamptz) + interval '1 minute')")) {
      ps.setLong(1, target.practitionerId());
      ps.setString(2, slot);
      ps.setString(3, slot);
      List<String> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(rs.getLong(1) + ":" + rs.getString(2));
        }
      }
      return rows;
    }
  }

  /** The target's free slots at least {@link #LEAD} ahead, as this server offers them. */
  static List<String> laterSlots(Api.Server server, Target t) {
    Instant notBefore = Instant.now().plus(LEAD);
    List<String> later =
        t.currentSlots(server).stream().filter(s -> Instant.parse(s).isAfter(notBefore)).toList();
    assertThat(later).as("free slots of %s", t).isNotEmpty();
    return later;
  }

  /** {@code n} results of {@code task}, computed by {@code threads} threads. */
  static <T> List<T> inParallel(int n, int threads, IntFunction<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int index = i;
        futures.add(pool.submit(() -> task.apply(index)));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get(5, TimeUnit.MINUTES));
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }

  /**
   * Marks the pending notifications of these practitioners' appointments skipped: the emails a race
   * queues (confirmations, changes, cancellations, reminders) prove nothing, and the next test
   * classes' servers would spend minutes sending them before the emails those tests wait for.
   */
  static void skipPendingNotifications(Collection<Long> practitionerIds) throws SQLException {
    try (Connection c = database();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE notification SET status = 'SKIPPED', finished_at = now()"
                    + " WHERE status = 'PENDING' AND appointment_id IN"
                    + " (SELECT id FROM appointment WHERE practitioner_id = ANY (?))")) {
      s.setArray(1, longs(c, List.copyOf(practitionerIds)));
      s.executeUpdate();
    }
  }

  static Array longs(Connection c, List<Long> values) throws SQLException {
    return c.createArrayOf("bigint", values.toArray());
  }

  static Connection database() throws SQLException {
    var db = TestStack.database();
    return DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
  }
}
