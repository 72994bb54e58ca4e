package com.medislot.booking.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import com.medislot.booking.practitioner.Practitioner;
import com.medislot.booking.testing.TestPostgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hold expiry as several nodes run it at once, on a real PostgreSQL with the application's schema
 * and the write model's own JPA mapping (EclipseLink, outside the container). Each node has its own
 * persistence unit, connections and transactions. Sweepers claim calendars with {@link
 * DueHolds#claimCalendars} as {@link HoldSweep} does, while bookings expire what they meet under a
 * blocking calendar lock as {@link BookingService} does. Each expiry writes an event row in its
 * transaction, standing in for the {@code HoldExpired} message the container sends with it.
 */
class HoldExpiryRaceTest {

  private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
  private static final int PRACTITIONERS = 40;
  private static final int DUE_PER_PRACTITIONER = 5;
  private static final int SWEEPERS = 4;
  private static final int BOOKERS = 2;

  private static EmbeddedPostgres postgres;
  private static DataSource dataSource;

  @BeforeAll
  static void start() throws Exception {
    postgres = TestPostgres.startMigrated();
    dataSource = postgres.getPostgresDatabase();
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  @Test
  void racingSweepersAndBookingsExpireEveryDueHoldExactlyOnce() throws Exception {
    Fixture f = Fixture.create();
    assertThat(f.due).hasSize(PRACTITIONERS * DUE_PER_PRACTITIONER);

    List<EntityManagerFactory> nodes = new ArrayList<>();
    for (int i = 0; i < SWEEPERS + BOOKERS; i++) {
      nodes.add(node());
    }
    Map<Long, AtomicInteger> expiredBy = new ConcurrentHashMap<>();
    Set<Integer> nodesThatExpired = ConcurrentHashMap.newKeySet();
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
    List<Future<Integer>> results = new ArrayList<>();
    for (int n = 0; n < nodes.size(); n++) {
      int node = n;
      EntityManagerFactory emf = nodes.get(n);
      Callable<Integer> work =
          node < SWEEPERS
              ? () -> sweep(emf, node, go, expiredBy, nodesThatExpired)
              : () -> book(emf, node, f.practitioners, go, expiredBy, nodesThatExpired);
      results.add(pool.submit(work));
    }
    go.countDown();
    int total = 0;
    for (Future<Integer> r : results) {
      total += r.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();
    nodes.forEach(EntityManagerFactory::close);

    // Every due hold expired once: one committed event each, none missed, none twice.
    assertThat(total).isEqualTo(f.due.size());
    assertThat(expiredBy.keySet()).containsExactlyInAnyOrderElementsOf(f.due);
    assertThat(expiredBy.values()).allSatisfy(c -> assertThat(c.get()).isEqualTo(1));
    assertThat(count("SELECT count(*) FROM hold_expired_event")).isEqualTo(f.due.size());
    assertThat(
            count(
                "SELECT count(*) FROM (SELECT hold_id FROM hold_expired_event"
                    + " GROUP BY hold_id HAVING count(*) > 1) twice"))
        .isZero();
    assertThat(nodesThatExpired).as("the nodes really raced").hasSizeGreaterThan(1);

    // The rows: due holds expired, later holds and appointments untouched, offers back in line.
    assertThat(count("SELECT count(*) FROM appointment WHERE status = 'EXPIRED'"))
        .isEqualTo(f.due.size());
    assertThat(
            count(
                "SELECT count(*) FROM appointment WHERE status = 'HELD'"
                    + " AND expires_at <= '"
                    + NOW
                    + "'"))
        .isZero();
    assertThat(count("SELECT count(*) FROM appointment WHERE status = 'HELD'"))
        .isEqualTo(PRACTITIONERS);
    assertThat(count("SELECT count(*) FROM appointment WHERE status = 'CONFIRMED'"))
        .isEqualTo(PRACTITIONERS);
    assertThat(
            count(
                "SELECT count(*) FROM waitlist_entry w JOIN appointment a"
                    + " ON a.waitlist_entry_id = w.id"
                    + " WHERE w.status = 'ACTIVE' AND w.passed_start = a.start_at"))
        .isEqualTo(PRACTITIONERS);
    assertThat(count("SELECT count(*) FROM waitlist_entry WHERE status <> 'ACTIVE'")).isZero();
  }

  /** A sweeping node: {@link HoldSweep}'s transaction in a loop, small batches. */
  private static int sweep(
      EntityManagerFactory emf,
      int node,
      CountDownLatch go,
      Map<Long, AtomicInteger> expiredBy,
      Set<Integer> nodesThatExpired)
      throws InterruptedException {
    go.await();
    int expired = 0;
    EntityManager em = emf.createEntityManager();
    try {
      while (true) {
        em.getTransaction().begin();
        DueHolds holds = new DueHolds(em);
        List<Long> claimed = holds.claimCalendars(NOW, 3);
        List<Long> here = new ArrayList<>();
        for (long practitionerId : claimed) {
          for (Appointment a : holds.expire(practitionerId, NOW)) {
            here.add(a.id());
            recordEvent(em, a, node);
          }
        }
        Thread.sleep(2); // keep the locks a moment, as waiting-list offers would
        em.getTransaction().commit();
        em.clear();
        count(here, node, expiredBy, nodesThatExpired);
        expired += here.size();
        if (claimed.isEmpty()) {
          return expired;
        }
      }
    } finally {
      em.close();
    }
  }

  /**
   * A booking node: for each practitioner in a random order, {@link BookingService}'s blocking
   * calendar lock, then the expiry of what it meets.
   */
  private static int book(
      EntityManagerFactory emf,
      int node,
      List<Long> practitioners,
      CountDownLatch go,
      Map<Long, AtomicInteger> expiredBy,
      Set<Integer> nodesThatExpired)
      throws InterruptedException {
    List<Long> order = new ArrayList<>(practitioners);
    Collections.shuffle(order, new Random(node));
    go.await();
    int expired = 0;
    EntityManager em = emf.createEntityManager();
    try {
      for (long practitionerId : order) {
        em.getTransaction().begin();
        assertThat(em.find(Practitioner.class, practitionerId, LockModeType.PESSIMISTIC_WRITE))
            .isNotNull();
        List<Long> here = new ArrayList<>();
        for (Appointment a : new DueHolds(em).expire(practitionerId, NOW)) {
          here.add(a.id());
          recordEvent(em, a, node);
        }
        em.getTransaction().commit();
        em.clear();
        count(here, node, expiredBy, nodesThatExpired);
        expired += here.size();
      }
      return expired;
    } finally {
      em.close();
    }
  }

  /** The event of one expiry, written in the expiring transaction. */
  private static void recordEvent(EntityManager em, Appointment hold, int node) {
    em.createNativeQuery("INSERT INTO hold_expired_event (hold_id, node) VALUES (?1, ?2)")
        .setParameter(1, hold.id())
        .setParameter(2, node)
        .executeUpdate();
  }

  /** Counts committed expiries only. */
  private static void count(
      List<Long> ids, int node, Map<Long, AtomicInteger> expiredBy, Set<Integer> nodes) {
    for (long id : ids) {
      expiredBy.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
    }
    if (!ids.isEmpty()) {
      nodes.add(node);
    }
  }

  /** One node's persistence unit: the application's "booking" unit on its own connections. */
  private static EntityManagerFactory node() {
    Map<String, Object> settings = new HashMap<>();
    settings.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    settings.put("jakarta.persistence.jtaDataSource", "");
    settings.put("jakarta.persistence.jdbc.driver", "org.postgresql.Driver");
    settings.put("jakarta.persistence.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"));
    settings.put("jakarta.persistence.jdbc.user", "postgres");
    settings.put("jakarta.persistence.jdbc.password", "");
    settings.put("eclipselink.weaving", "false");
    settings.put("eclipselink.logging.level", "WARNING");
    EntityManagerFactory emf = Persistence.createEntityManagerFactory("booking", settings);
    emf.createEntityManager().close(); // deploy the unit now, not inside the race
    return emf;
  }

  private static long count(String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  /**
   * Practitioners each with {@link #DUE_PER_PRACTITIONER} holds due at {@link #NOW} (one of them a
   * waiting-list offer), one hold still running and one confirmed appointment.
   */
  private record Fixture(List<Long> practitioners, List<Long> due) {

    static Fixture create() throws SQLException {
      List<Long> practitioners = new ArrayList<>();
      List<Long> due = new ArrayList<>();
      try (Connection c = dataSource.getConnection()) {
        execute(c, "CREATE TABLE hold_expired_event (hold_id bigint NOT NULL, node int NOT NULL)");
        execute(
            c, "INSERT INTO country VALUES ('FR', 'France', 'Europe/Paris', 'fr-FR', '{}', now())");
        execute(c, "INSERT INTO specialty VALUES ('general-practice', 'General practice')");
        long clinic = insert(c, "INSERT INTO clinic (name, country_code) VALUES ('Clinic', 'FR')");
        long location =
            insert(
                c,
                "INSERT INTO location (clinic_id, name, address, postcode, city, country_code,"
                    + " latitude, longitude, time_zone) VALUES ("
                    + clinic
                    + ", 'Cabinet Rivoli', '10 rue de Rivoli', '75004', 'Paris', 'FR', 48.85,"
                    + " 2.35, 'Europe/Paris')");
        long patient =
            insert(
                c,
                "INSERT INTO account (email, password_hash, role, first_name, last_name,"
                    + " created_at) VALUES ('jane@example.org', 'x', 'patient', 'Jane', 'Doe',"
                    + " now())");
        for (int p = 0; p < PRACTITIONERS; p++) {
          long practitioner =
              insert(
                  c,
                  "INSERT INTO practitioner (clinic_id, title, first_name, last_name,"
                      + " specialty_code) VALUES ("
                      + clinic
                      + ", 'Dr', 'Claire', 'Martin"
                      + p
                      + "', 'general-practice')");
          practitioners.add(practitioner);
          long motive =
              insert(
                  c,
                  "INSERT INTO visit_motive (practitioner_id, name, duration_minutes) VALUES ("
                      + practitioner
                      + ", 'Consultation', 20)");
          long entry =
              insert(
                  c,
                  "INSERT INTO waitlist_entry (patient_id, practitioner_id, motive_id, status,"
                      + " created_at) VALUES ("
                      + patient
                      + ", "
                      + practitioner
                      + ", "
                      + motive
                      + ", 'OFFERED', now())");
          String columns =
              "INSERT INTO appointment (practitioner_id, location_id, motive_id, patient_id,"
                  + " status, start_at, end_at, created_at, expires_at, waitlist_entry_id)"
                  + " VALUES ("
                  + practitioner
                  + ", "
                  + location
                  + ", "
                  + motive
                  + ", "
                  + patient
                  + ", ";
          for (int h = 0; h < DUE_PER_PRACTITIONER + 2; h++) {
            Instant start = NOW.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(30L * h));
            String status = h == DUE_PER_PRACTITIONER + 1 ? "CONFIRMED" : "HELD";
            Instant expires =
                h < DUE_PER_PRACTITIONER
                    ? NOW.minusSeconds(1 + h) // due; the last one exactly at NOW below
                    : NOW.plusSeconds(60);
            if (h == DUE_PER_PRACTITIONER - 1) {
              expires = NOW;
            }
            long id =
                insert(
                    c,
                    columns
                        + "'"
                        + status
                        + "', '"
                        + start
                        + "', '"
                        + start.plus(Duration.ofMinutes(20))
                        + "', now(), "
                        + ("HELD".equals(status) ? "'" + expires + "'" : "NULL")
                        + ", "
                        + (h == 0 ? Long.toString(entry) : "NULL")
                        + ")");
            if (h < DUE_PER_PRACTITIONER) {
              due.add(id);
            }
          }
        }
      }
      return new Fixture(practitioners, due);
    }

    private static void execute(Connection c, String sql) throws SQLException {
      try (Statement s = c.createStatement()) {
        s.execute(sql);
      }
    }

    private static long insert(Connection c, String sql) throws SQLException {
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery(sql + " RETURNING id")) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
