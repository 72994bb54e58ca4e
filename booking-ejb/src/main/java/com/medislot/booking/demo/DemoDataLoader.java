package com.medislot.booking.demo;

import com.medislot.booking.infrastructure.SchemaMigrator;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the demo data set once, in one database transaction, when {@code medislot.demo.enabled} is
 * true. A marker row in {@code data_load} makes every later start a no-op, and nodes starting at
 * the same time load it once.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class DemoDataLoader {

  static final String MARKER = "demo-france-v1";

  /** The advisory lock key of the demo data load ("DEMO" in ASCII). */
  static final long LOCK_KEY = 0x44454D4FL;

  private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

  @Resource(lookup = SchemaMigrator.DATASOURCE)
  private DataSource dataSource;

  @Inject private Pbkdf2PasswordHash passwordHash;

  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "medislot.demo.enabled", defaultValue = "false")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "medislot.demo.practitioners", defaultValue = "3000")
  int practitioners;

  @Inject
  @ConfigProperty(name = "medislot.demo.seed", defaultValue = "20261125")
  long seed;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void load() {
    if (!enabled) {
      return;
    }
    try (Connection c = dataSource.getConnection()) {
      long start = System.nanoTime();
      if (!loadOnce(
          c, new DemoDataSet(seed, practitioners, clock.instant()), passwordHash::generate)) {
        LOG.info("Demo data already loaded");
        return;
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      LOG.info(() -> "Demo data loaded: " + practitioners + " practitioners in " + millis + " ms");
    } catch (SQLException e) {
      throw new IllegalStateException("Demo data could not be loaded", e);
    }
  }

  /**
   * Writes the set and its marker in one transaction, unless the marker is there. Nodes starting
   * together on an empty database queue on a transaction-scoped advisory lock: the first loads, the
   * others then find the marker.
   *
   * @return whether this call loaded the set
   */
  static boolean loadOnce(Connection c, DemoDataSet set, Function<char[], String> hash)
      throws SQLException {
    c.setAutoCommit(false);
    try {
      try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
        lock.setLong(1, LOCK_KEY);
        lock.execute();
      }
      if (alreadyLoaded(c)) {
        c.rollback();
        return false;
      }
      set.write(c, hash);
      try (PreparedStatement marker =
          c.prepareStatement("INSERT INTO data_load (name, loaded_at) VALUES (?, now())")) {
        marker.setString(1, MARKER);
        marker.executeUpdate();
      }
      c.commit();
      return true;
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    }
  }

  private static boolean alreadyLoaded(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM data_load WHERE name = ?")) {
      ps.setString(1, MARKER);
      return ps.executeQuery().next();
    }
  }
}
