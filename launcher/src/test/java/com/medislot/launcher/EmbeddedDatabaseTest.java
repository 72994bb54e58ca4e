package com.medislot.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

  @TempDir static Path shared;

  private static EmbeddedDatabase database;

  @BeforeAll
  static void startDatabase() {
    database = EmbeddedDatabase.start(shared.resolve("postgres"), LocalPorts.freePort());
  }

  @AfterAll
  static void stopDatabase() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void theApplicationRoleConnectsWithItsGeneratedPasswordAndIsNotSuperuser() throws SQLException {
    try (Connection connection = connect(database.user(), database.password());
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT current_user, current_database(), "
                    + "(SELECT rolsuper FROM pg_roles WHERE rolname = current_user)")) {
      row.next();
      assertThat(row.getString(1)).isEqualTo("medislot");
      assertThat(row.getString(2)).isEqualTo("medislot");
      assertThat(row.getBoolean(3)).as("superuser").isFalse();
    }
    assertThat(database.jdbcUrl())
        .isEqualTo("jdbc:postgresql://127.0.0.1:" + database.port() + "/medislot");
    assertThat(database.password()).hasSizeGreaterThanOrEqualTo(32);
  }

  @Test
  void wrongPasswordsAreRefused() {
    assertThatThrownBy(() -> connect(database.user(), database.password() + "x"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("password authentication failed");
    assertThatThrownBy(() -> connect("postgres", "")).isInstanceOf(SQLException.class);
  }

  @Test
  void overlappingRangesAreRejectedByAnExclusionConstraintOfTheApplicationRole()
      throws SQLException {
    try (Connection connection = connect(database.user(), database.password());
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE overlap_probe (practitioner bigint NOT NULL, during tstzrange NOT NULL,"
              + " EXCLUDE USING gist (practitioner WITH =, during WITH &&))");
      statement.execute(
          "INSERT INTO overlap_probe VALUES (1, '[2026-03-02 09:00+00, 2026-03-02 09:30+00)')");
      // same practitioner, adjacent half-open range: allowed
      statement.execute(
          "INSERT INTO overlap_probe VALUES (1, '[2026-03-02 09:30+00, 2026-03-02 10:00+00)')");
      // another practitioner, same time: allowed
      statement.execute(
          "INSERT INTO overlap_probe VALUES (2, '[2026-03-02 09:00+00, 2026-03-02 09:30+00)')");
      assertThatThrownBy(
              () ->
                  statement.execute(
                      "INSERT INTO overlap_probe VALUES (1, '[2026-03-02 09:15+00, 2026-03-02 09:45+00)')"))
          .isInstanceOfSatisfying(
              SQLException.class,
              e -> assertThat(e.getSQLState()).as("exclusion_violation").isEqualTo("23P01"));
      statement.execute("DROP TABLE overlap_probe");
    }
  }

  @Test
  void itListensOnLoopbackOnly() throws SQLException {
    ListeningSockets.assertLoopbackOnly(database.port());
    try (Connection connection = connect(database.user(), database.password());
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SHOW listen_addresses")) {
      row.next();
      assertThat(row.getString(1)).isEqualTo("127.0.0.1");
    }
  }

  @Test
  void passwordsAreKeptOwnerOnlyBesideTheDataDirectory() throws Exception {
    Path secrets = shared.resolve("secrets").resolve(EmbeddedDatabase.SECRETS_FILE);
    assertThat(database.secretsFile()).isEqualTo(secrets);
    assertThat(Files.readString(secrets)).contains(database.password());
    if (SecretFiles.isPosix()) {
      assertThat(Files.getPosixFilePermissions(secrets)).isEqualTo(SecretFiles.OWNER_READ_WRITE);
      assertThat(Files.getPosixFilePermissions(secrets.getParent()))
          .isEqualTo(SecretFiles.OWNER_ONLY_DIRECTORY);
    }
    assertThat(secrets.getParent().resolve(".initdb-password")).doesNotExist();
  }

  @Test
  void aRestartOnTheSameDirectoryKeepsTheDataAndThePassword(@TempDir Path root)
      throws SQLException {
    Path dataDir = root.resolve("postgres");
    int port = LocalPorts.freePort();
    String password;
    try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir, port)) {
      password = first.password();
      try (Connection connection = connect(first, first.password());
          Statement statement = connection.createStatement()) {
        statement.execute("CREATE TABLE kept (id int PRIMARY KEY)");
        statement.execute("INSERT INTO kept VALUES (42)");
      }
    }
    assertThat(LocalPorts.isFree(port)).as("port released after close").isTrue();
    try (EmbeddedDatabase second = EmbeddedDatabase.start(dataDir, port);
        Connection connection = connect(second, second.password());
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT id FROM kept")) {
      assertThat(second.password()).isEqualTo(password);
      assertThat(row.next()).isTrue();
      assertThat(row.getInt(1)).isEqualTo(42);
    }
  }

  @Test
  void aServerLeftRunningOnTheDirectoryIsStoppedSoANewOneCanStart(@TempDir Path root)
      throws SQLException {
    Path dataDir = root.resolve("postgres");
    int port = LocalPorts.freePort();
    EmbeddedDatabase abandoned = EmbeddedDatabase.start(dataDir, port);
    // as if its owner had been killed: only the data directory tells where it is
    EmbeddedDatabase.stopLeftover(dataDir);
    assertThat(LocalPorts.isFree(port)).isTrue();
    assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
    abandoned.close();
    try (EmbeddedDatabase again = EmbeddedDatabase.start(dataDir, port);
        Connection connection = connect(again, again.password())) {
      assertThat(connection.isValid(2)).isTrue();
    }
    EmbeddedDatabase.stopLeftover(dataDir);
  }

  @Test
  void aDataDirectoryWhosePasswordsAreLostIsReportedNotReinitialised(@TempDir Path root)
      throws Exception {
    Path dataDir = root.resolve("postgres");
    EmbeddedDatabase.start(dataDir, LocalPorts.freePort()).close();
    Files.delete(root.resolve("secrets").resolve(EmbeddedDatabase.SECRETS_FILE));
    assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir, LocalPorts.freePort()))
        .isInstanceOf(LaunchException.class)
        .hasMessageContaining("passwords");
    assertThat(dataDir.resolve("PG_VERSION")).exists();
  }

  @Test
  void aBusyPortIsReportedBeforeAnythingStarts(@TempDir Path root) throws Exception {
    try (ServerSocket occupant = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      assertThatThrownBy(
              () -> EmbeddedDatabase.start(root.resolve("postgres"), occupant.getLocalPort()))
          .isInstanceOf(LaunchException.class)
          .hasMessageContaining(Integer.toString(occupant.getLocalPort()));
    }
    assertThat(root.resolve("postgres").resolve("PG_VERSION")).doesNotExist();
  }

  @Test
  void commitsWaitForTheDiskUnlessATestAsksOtherwise() throws SQLException {
    assertThat(durabilitySettings(database))
        .as("the default database, the one the launcher runs")
        .isEqualTo("fsync=on synchronous_commit=on");
    try (EmbeddedDatabase throwaway =
        EmbeddedDatabase.start(shared.resolve("throwaway"), LocalPorts.freePort(), false)) {
      assertThat(durabilitySettings(throwaway)).isEqualTo("fsync=off synchronous_commit=off");
    }
  }

  private static String durabilitySettings(EmbeddedDatabase db) throws SQLException {
    try (Connection connection = connect(db, db.password());
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT current_setting('fsync'), current_setting('synchronous_commit')")) {
      row.next();
      return "fsync=" + row.getString(1) + " synchronous_commit=" + row.getString(2);
    }
  }

  private static Connection connect(String user, String password) throws SQLException {
    return DriverManager.getConnection(database.jdbcUrl(), user, password);
  }

  private static Connection connect(EmbeddedDatabase db, String password) throws SQLException {
    return DriverManager.getConnection(db.jdbcUrl(), db.user(), password);
  }
}
