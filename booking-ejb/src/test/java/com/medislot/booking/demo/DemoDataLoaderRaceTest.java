package com.medislot.booking.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.medislot.booking.testing.TestPostgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Nodes starting together on one empty database load the demo data once, and none fails. */
class DemoDataLoaderRaceTest {

  private static final int NODES = 4;
  private static final int PRACTITIONERS = 30;

  @Test
  void nodesStartingTogetherLoadTheDemoDataOnce() throws Exception {
    try (EmbeddedPostgres postgres = TestPostgres.startMigrated()) {
      DataSource db = postgres.getPostgresDatabase();
      Instant now = Instant.parse("2026-12-01T08:00:00Z");
      CountDownLatch go = new CountDownLatch(1);
      ExecutorService nodes = Executors.newFixedThreadPool(NODES);
      List<Future<Boolean>> loaded = new ArrayList<>();
      for (int i = 0; i < NODES; i++) {
        Callable<Boolean> start =
            () -> {
              try (Connection c = db.getConnection()) {
                DemoDataSet set = new DemoDataSet(20261125, PRACTITIONERS, now);
                go.await();
                return DemoDataLoader.loadOnce(c, set, password -> "not-a-real-hash");
              }
            };
        loaded.add(nodes.submit(start));
      }
      go.countDown();
      int loads = 0;
      for (Future<Boolean> f : loaded) {
        loads += f.get(120, TimeUnit.SECONDS) ? 1 : 0; // a failed node fails the test here
      }
      nodes.shutdown();

      assertThat(loads).isEqualTo(1);
      assertThat(count(db, "SELECT count(*) FROM practitioner")).isEqualTo(PRACTITIONERS);
      assertThat(count(db, "SELECT count(*) FROM data_load")).isEqualTo(1);
    }
  }

  private static long count(DataSource db, String sql) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
