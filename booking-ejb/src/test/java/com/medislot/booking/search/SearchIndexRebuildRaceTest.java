package com.medislot.booking.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.medislot.booking.testing.TestPostgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index rebuild over the application's "search" persistence unit (Hibernate ORM, Hibernate
 * Search, a Lucene index on disk) and a real PostgreSQL, with documents changed while the mass
 * indexer runs: afterwards every document is in the index once, with its current values. Also two
 * nodes' indexes over the one shared table, both handling the same change.
 */
class SearchIndexRebuildRaceTest {

  private static final int DOCUMENTS = 300;
  private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
  private static final Instant CHANGED_NEXT = Instant.parse("2026-12-03T10:15:00Z");

  private static EmbeddedPostgres postgres;
  private static EntityManagerFactory emf;

  @BeforeAll
  static void start(@TempDir Path work) throws Exception {
    postgres = TestPostgres.startMigrated();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      // the documents only: no practitioners or locations behind them
      s.execute(
          "ALTER TABLE practitioner_search DROP CONSTRAINT practitioner_search_practitioner_id_fkey,"
              + " DROP CONSTRAINT practitioner_search_location_id_fkey");
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO practitioner_search (practitioner_id, location_id, practitioner_name,"
                  + " specialty_code, specialty_name, languages, motive_names,"
                  + " accepts_new_patients, location_name, address, city, country_code, latitude,"
                  + " longitude, next_available, updated_at) VALUES (?, ?, ?, 'dentistry',"
                  + " 'Dentistry', 'fr en', 'Check-up', true, 'Cabinet', '1 rue de la Paix',"
                  + " 'Paris', 'FR', ?, 2.35, ?, ?)")) {
        for (int i = 1; i <= DOCUMENTS; i++) {
          insert.setLong(1, i);
          insert.setLong(2, 1000 + i);
          insert.setString(3, "Dr Number " + i);
          insert.setDouble(4, 48.85 + i / 10_000.0);
          insert.setTimestamp(5, Timestamp.from(NOW.plusSeconds(3600L * i)));
          insert.setTimestamp(6, Timestamp.from(NOW.minusSeconds(86_400)));
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
    emf = unit(work.resolve("index"));
  }

  /** The "search" unit over the test database, with its own index: one node's view. */
  private static EntityManagerFactory unit(Path indexDirectory) throws IOException {
    Path index = Files.createDirectories(indexDirectory);
    Map<String, Object> settings = new HashMap<>();
    settings.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    // the unit's JTA data source is looked up in JNDI; here it is given directly
    settings.put("jakarta.persistence.jtaDataSource", postgres.getPostgresDatabase());
    settings.put(
        "hibernate.transaction.jta.platform",
        "org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform");
    settings.put("hibernate.search.backend.type", "lucene");
    settings.put("hibernate.search.backend.directory.root", index.toString());
    return Persistence.createEntityManagerFactory("search", settings);
  }

  @AfterAll
  static void stop() throws Exception {
    if (emf != null) {
      emf.close();
    }
    postgres.close();
  }

  @Test
  void documentsChangedDuringTheRebuildAreIndexedOnceWithTheirNewValues() throws Exception {
    // Changed while the mass indexer runs, after its purge and before it adds them: the first ids
    // (loaded in the batch that has just been read, so the mass indexer adds their old values) and
    // the last ones (not loaded yet).
    List<Long> changed = List.of(1L, 2L, 3L, 298L, 299L, 300L);
    AtomicBoolean done = new AtomicBoolean();
    MassIndexingMonitor changeOnFirstLoad =
        new MassIndexingMonitor() {
          @Override
          public void entitiesLoaded(long increment) {
            if (done.compareAndSet(false, true)) {
              changeNextAvailable(changed);
            }
          }

          @Override
          public void documentsAdded(long increment) {}

          @Override
          public void documentsBuilt(long increment) {}

          @Override
          public void addToTotalCount(long count) {}

          @Override
          public void indexingCompleted() {}
        };

    EntityManager em = emf.createEntityManager();
    try {
      SearchIndexRebuilder.massIndex(
          Search.session(em), Clock.fixed(NOW, ZoneOffset.UTC), changeOnFirstLoad);
    } finally {
      em.close();
    }

    assertThat(done).isTrue();
    Map<Long, List<Optional<Instant>>> indexed = indexedNextAvailable(emf);
    assertThat(indexed).hasSize(DOCUMENTS);
    assertThat(indexed.values()).allSatisfy(entries -> assertThat(entries).hasSize(1));
    for (long id : changed) {
      assertThat(indexed.get(id))
          .as("practitioner %d", id)
          .containsExactly(Optional.of(CHANGED_NEXT));
    }
    assertThat(indexed.get(150L)).containsExactly(Optional.of(NOW.plusSeconds(3600L * 150)));
  }

  /**
   * Two nodes, each with its own index over the one shared table, both handle the same change, as
   * every node handles every event. The second finds the row already holding the new value; its
   * index must follow all the same. A change both already agree on writes nothing.
   */
  @Test
  void eachNodesIndexFollowsAChangeAnotherNodeAlreadyStoredInTheSharedRow(@TempDir Path work)
      throws Exception {
    try (EntityManagerFactory a = unit(work.resolve("a"));
        EntityManagerFactory b = unit(work.resolve("b"))) {
      for (EntityManagerFactory node : List.of(a, b)) {
        EntityManager em = node.createEntityManager();
        try {
          Search.session(em).massIndexer().startAndWait();
        } finally {
          em.close();
        }
      }
      Instant moved = NOW.plus(Duration.ofDays(9));
      List<SearchIndexWriter.Change> changes =
          List.of(
              new SearchIndexWriter.Change(100, 1100, Optional.of(moved)),
              new SearchIndexWriter.Change(101, 1101, Optional.empty()));

      apply(a, changes, NOW);
      assertThat(indexedNextAvailable(a).get(100L)).containsExactly(Optional.of(moved));
      assertThat(indexedNextAvailable(a).get(101L)).containsExactly(Optional.empty());
      assertThat(indexedNextAvailable(b).get(100L))
          .as("node B has not handled the change yet")
          .containsExactly(Optional.of(NOW.plusSeconds(3600L * 100)));

      apply(b, changes, NOW.plusSeconds(1));
      assertThat(indexedNextAvailable(b).get(100L)).containsExactly(Optional.of(moved));
      assertThat(indexedNextAvailable(b).get(101L)).containsExactly(Optional.empty());
      assertThat(updatedAt(100)).as("the row was written once, by node A").isEqualTo(NOW);

      apply(a, changes, NOW.plusSeconds(2));
      assertThat(updatedAt(100)).as("nothing to write when all agree").isEqualTo(NOW);
      assertThat(indexedNextAvailable(a).get(100L)).containsExactly(Optional.of(moved));
    }
  }

  private static void apply(
      EntityManagerFactory node, List<SearchIndexWriter.Change> changes, Instant now) {
    EntityManager em = node.createEntityManager();
    try {
      em.getTransaction().begin();
      SearchIndexWriter.apply(em, changes, now);
      em.getTransaction().commit();
    } finally {
      em.close();
    }
  }

  private static Instant updatedAt(long practitionerId) throws SQLException {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT updated_at FROM practitioner_search WHERE practitioner_id = ?")) {
      s.setLong(1, practitionerId);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getTimestamp(1).toInstant();
      }
    }
  }

  /** Changes documents the way the application does: through the entity, in a transaction. */
  private static void changeNextAvailable(List<Long> practitioners) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      em.createQuery(
              "SELECT d FROM PractitionerDocument d WHERE d.practitionerId IN :p",
              PractitionerDocument.class)
          .setParameter("p", practitioners)
          .getResultList()
          .forEach(d -> d.availabilityChanged(Optional.of(CHANGED_NEXT), NOW));
      em.getTransaction().commit();
    } finally {
      em.close();
    }
  }

  /** The next availability of every index entry, by practitioner. */
  private static Map<Long, List<Optional<Instant>>> indexedNextAvailable(
      EntityManagerFactory unit) {
    EntityManager em = unit.createEntityManager();
    try {
      SearchSession session = Search.session(em);
      List<List<?>> rows =
          session
              .search(PractitionerDocument.class)
              .select(
                  f ->
                      f.composite(
                          f.field("practitionerId", Long.class),
                          f.field("nextAvailable", Instant.class)))
              .where(f -> f.matchAll())
              .fetchHits(DOCUMENTS * 2);
      return rows.stream()
          .collect(
              Collectors.groupingBy(
                  r -> (Long) r.get(0),
                  Collectors.mapping(
                      r -> Optional.ofNullable((Instant) r.get(1)), Collectors.toList())));
    } finally {
      em.close();
    }
  }
}
