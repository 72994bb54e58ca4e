package com.medislot.booking.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.flywaydb.core.Flyway;

/** A real PostgreSQL for tests: embedded binaries on 127.0.0.1, the application's Flyway schema. */
public final class TestPostgres {

  private TestPostgres() {}

  /** Starts a server and migrates its {@code postgres} database; the caller closes it. */
  public static EmbeddedPostgres startMigrated() throws IOException {
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder().setServerConfig("listen_addresses", "127.0.0.1").start();
    Flyway.configure()
        .dataSource(postgres.getPostgresDatabase())
        .locations("classpath:db/migration/medislot")
        .load()
        .migrate();
    return postgres;
  }
}
