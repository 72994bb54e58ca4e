package com.medislot.booking.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.medislot.booking.events.EventType;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Several claimers, each with its own connection and transaction as separate nodes would have, race
 * on the same due rows of a real PostgreSQL: every row must be delivered exactly once, and an event
 * delivered to several consumers at once must be taken by exactly one.
 */
class NotificationClaimRaceTest {

  private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
  private static final int CLAIMERS = 8;

  private static NotificationDatabase db;
  private final NotificationStore store = new NotificationStore();

  @BeforeAll
  static void start() throws Exception {
    db = NotificationDatabase.start();
  }

  @AfterAll
  static void stop() throws Exception {
    db.close();
  }

  @Test
  void racingClaimersDeliverEveryDueRowExactlyOnce() throws Exception {
    int rows = 0;
    for (int i = 0; i < 40; i++) {
      long appointment = db.appointment(NOW.plus(Duration.ofDays(2)).plusSeconds(3600L * i));
      List<PlannedNotification> planned =
          NotificationPlanner.plan(
              NotificationPlanner.kindOf(EventType.APPOINTMENT_CREATED, false),
              UUID.randomUUID(),
              appointment,
              NOW.plus(Duration.ofDays(2)).plusSeconds(3600L * i),
              NOW.minus(Duration.ofDays(3)),
              0,
              List.of(Duration.ofHours(60), Duration.ofHours(50), Duration.ofHours(48)),
              Set.of(Channel.EMAIL, Channel.SMS));
      try (Connection c = db.dataSource.getConnection()) {
        store.schedule(c, planned, NOW.minus(Duration.ofDays(3)));
      }
      rows += planned.size();
    }
    // due at NOW, on both channels: the 40 confirmations, the 60 h reminders of the first 13
    // appointments, the 50 h reminders of the first 3 and the 48 h reminder of the first
    long due = db.count("SELECT count(*) FROM notification WHERE due_at <= '" + NOW + "'");
    assertThat(rows).isEqualTo(320);
    assertThat(due).isEqualTo(2 * (40 + 13 + 3 + 1));

    Map<Long, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    Set<Integer> claimersThatWorked = ConcurrentHashMap.newKeySet();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(CLAIMERS);
    List<Future<Integer>> results = new ArrayList<>();
    for (int t = 0; t < CLAIMERS; t++) {
      int claimer = t;
      Callable<Integer> work =
          () -> {
            go.await();
            int claimedHere = 0;
            try (Connection c = db.dataSource.getConnection()) {
              c.setAutoCommit(false);
              while (true) {
                List<StoredNotification> batch = store.claimDue(c, NOW, 7);
                if (batch.isEmpty()) {
                  c.commit();
                  return claimedHere;
                }
                for (StoredNotification n : batch) {
                  deliveries.computeIfAbsent(n.id(), id -> new AtomicInteger()).incrementAndGet();
                  Thread.sleep(1); // hold the locks while "sending", as a real delivery does
                  store.finish(c, n.id(), "SENT", NOW, null);
                }
                claimedHere += batch.size();
                claimersThatWorked.add(claimer);
                c.commit();
              }
            }
          };
      results.add(pool.submit(work));
    }
    go.countDown();
    int total = 0;
    for (Future<Integer> r : results) {
      total += r.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertThat(total).isEqualTo(due);
    assertThat(deliveries).hasSize((int) due);
    assertThat(deliveries.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
    assertThat(claimersThatWorked).as("the claimers really raced").hasSizeGreaterThan(1);
    assertThat(db.count("SELECT count(*) FROM notification WHERE status = 'SENT'")).isEqualTo(due);
    assertThat(
            db.count(
                "SELECT count(*) FROM notification WHERE status = 'PENDING' AND due_at > '"
                    + NOW
                    + "'"))
        .isEqualTo(rows - due);
  }

  @Test
  void anEventDeliveredToSeveralConsumersAtOnceIsTakenOnce() throws Exception {
    UUID event = UUID.randomUUID();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(CLAIMERS);
    List<Future<Boolean>> results = new ArrayList<>();
    for (int t = 0; t < CLAIMERS; t++) {
      results.add(
          pool.submit(
              () -> {
                go.await();
                try (Connection c = db.dataSource.getConnection()) {
                  c.setAutoCommit(false);
                  boolean first = store.markProcessed(c, "race", event, NOW);
                  Thread.sleep(20); // keep the transaction open while the others try
                  c.commit();
                  return first;
                }
              }));
    }
    go.countDown();
    int winners = 0;
    for (Future<Boolean> r : results) {
      winners += r.get(60, TimeUnit.SECONDS) ? 1 : 0;
    }
    pool.shutdown();
    assertThat(winners).isEqualTo(1);
    assertThat(db.count("SELECT count(*) FROM processed_event WHERE event_id = '" + event + "'"))
        .isEqualTo(1);
  }

  @Test
  void aRolledBackConsumerLeavesTheEventToTheNextDelivery() throws Exception {
    UUID event = UUID.randomUUID();
    try (Connection c = db.dataSource.getConnection()) {
      c.setAutoCommit(false);
      assertThat(store.markProcessed(c, "rollback", event, NOW)).isTrue();
      c.rollback();
    }
    try (Connection c = db.dataSource.getConnection()) {
      assertThat(store.markProcessed(c, "rollback", event, NOW)).isTrue();
      assertThat(store.markProcessed(c, "rollback", event, NOW)).isFalse();
    }
  }
}
