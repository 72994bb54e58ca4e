package com.medislot.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * A real PostgreSQL server (zonky embedded binaries, PostgreSQL 16) on 127.0.0.1 with a persistent
 * data directory.
 *
 * <p>On the first start of a data directory it runs initdb, then creates the login role {@value
 * #ROLE} (not a superuser) owning the database {@value #DATABASE}, and the extension {@code
 * btree_gist} in that database (the application's exclusion constraints need it and only a
 * superuser may create it unless it is trusted). Later starts re-use the directory untouched; they
 * only re-apply the role's password and the access rules.
 *
 * <p>Passwords of the superuser {@code postgres} and of {@value #ROLE} are generated once and kept
 * in {@value #SECRETS_FILE} in the directory {@code secrets} beside the data directory ({@code
 * dataDir/../secrets}, mode 700, file mode 600). Access rules: TCP from 127.0.0.1 with SCRAM
 * passwords only; no Unix socket, no other address. Server log: {@code dataDir/log/}.
 *
 * <p>Durable by default: every commit is on disk before it is acknowledged ({@code fsync} and
 * {@code synchronous_commit} on), as with any production PostgreSQL. The embedded binaries start
 * the server with both off, for tests; {@link #start(Path, int, boolean)} keeps that for a database
 * thrown away after a test run, where a machine crash loses nothing of value.
 *
 * <p>Immutable apart from its running state; {@link #close()} stops the server, leaving the data.
 * The caller must close it: no JVM shutdown hook is registered here, so that a launcher can stop
 * the database after the application that uses it.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  /** The application's database. */
  public static final String DATABASE = "medislot";

  /** The application's login role, owner of {@link #DATABASE}. */
  public static final String ROLE = "medislot";

  /** File in the secrets directory holding both passwords. */
  public static final String SECRETS_FILE = "postgres.properties";

  private static final String SUPERUSER = "postgres";
  private static final String SUPERUSER_PASSWORD_KEY = "superuser.password";
  private static final String ROLE_PASSWORD_KEY = "medislot.password";
  private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
  private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

  private final EmbeddedPostgres postgres;
  private final Path dataDirectory;
  private final int port;
  private final String password;

  private EmbeddedDatabase(
      EmbeddedPostgres postgres, Path dataDirectory, int port, String password) {
    this.postgres = postgres;
    this.dataDirectory = dataDirectory;
    this.port = port;
    this.password = password;
  }

  /**
   * Starts PostgreSQL on {@code 127.0.0.1:port} over {@code dataDir}, initialising it first if it
   * is empty or absent. A postmaster left running on that directory by a killed process is stopped
   * first.
   *
   * @param dataDir the data directory; kept across runs, never cleaned here
   * @param port a free TCP port
   * @return the running database, ready for connections as {@link #user()}
   * @throws LaunchException if the port is taken, the directory is unusable, or its passwords are
   *     lost (data directory present, secrets file missing)
   */
  public static EmbeddedDatabase start(Path dataDir, int port) {
    return start(dataDir, port, true);
  }

  /**
   * As {@link #start(Path, int)}, choosing whether commits wait for the disk.
   *
   * @param durable true: {@code fsync} and {@code synchronous_commit} on; false: both off, faster,
   *     and a machine crash may lose the last commits or corrupt the data directory (for databases
   *     that tests throw away)
   */
  public static EmbeddedDatabase start(Path dataDir, int port, boolean durable) {
    LocalPorts.checkRange(port);
    Path dataDirectory = dataDir.toAbsolutePath().normalize();
    Path secretsFile = secretsDirectory(dataDirectory).resolve(SECRETS_FILE);
    boolean initialised = Files.exists(dataDirectory.resolve("PG_VERSION"));
    Map<String, String> passwords = ensurePasswords(secretsFile, initialised);
    stopLeftover(dataDirectory);
    LocalPorts.requireFree(port, "PostgreSQL");

    EmbeddedPostgres postgres =
        startServer(
            dataDirectory, port, passwords.get(SUPERUSER_PASSWORD_KEY), initialised, durable);
    EmbeddedDatabase database =
        new EmbeddedDatabase(postgres, dataDirectory, port, passwords.get(ROLE_PASSWORD_KEY));
    try {
      database.provision(passwords.get(SUPERUSER_PASSWORD_KEY));
    } catch (SQLException | RuntimeException e) {
      database.close();
      throw new LaunchException(
          "PostgreSQL started but preparing database " + DATABASE + " failed", e);
    }
    return database;
  }

  /**
   * @return {@code jdbc:postgresql://127.0.0.1:<port>/medislot}
   */
  public String jdbcUrl() {
    return "jdbc:postgresql://" + LocalPorts.LOOPBACK + ":" + port + "/" + DATABASE;
  }

  /**
   * @return the application's role, {@value #ROLE}
   */
  public String user() {
    return ROLE;
  }

  /**
   * @return the application role's password
   */
  public String password() {
    return password;
  }

  /**
   * @return the TCP port on 127.0.0.1
   */
  public int port() {
    return port;
  }

  /**
   * @return the data directory, absolute
   */
  public Path dataDirectory() {
    return dataDirectory;
  }

  /**
   * @return the file holding the passwords
   */
  public Path secretsFile() {
    return secretsDirectory(dataDirectory).resolve(SECRETS_FILE);
  }

  /** Stops the server (fast shutdown: open sessions are ended); the data stays. Idempotent. */
  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("stopping PostgreSQL on port " + port + " failed", e);
    }
  }

  @Override
  public String toString() {
    return "EmbeddedDatabase[" + jdbcUrl() + ", " + dataDirectory + "]";
  }

  /** The secrets directory that goes with a data directory: its sibling {@code secrets}. */
  static Path secretsDirectory(Path dataDirectory) {
    Path parent =
        Optional.ofNullable(dataDirectory.getParent())
            .orElseThrow(
                () -> new LaunchException("the data directory cannot be a file system root"));
    return parent.resolve("secrets");
  }

  private static Map<String, String> ensurePasswords(Path secretsFile, boolean initialised) {
    if (!Files.exists(secretsFile)) {
      if (initialised) {
        throw new LaunchException(
            "the PostgreSQL data directory exists but its passwords ("
                + secretsFile
                + ") are gone: restore that file or delete the data directory");
      }
      SecretFiles.privateDirectory(secretsFile.getParent());
      SecretFiles.writeProperties(
          secretsFile,
          Map.of(
              SUPERUSER_PASSWORD_KEY, SecretFiles.randomPassword(),
              ROLE_PASSWORD_KEY, SecretFiles.randomPassword()));
    }
    Map<String, String> passwords = SecretFiles.readProperties(secretsFile);
    for (String key : List.of(SUPERUSER_PASSWORD_KEY, ROLE_PASSWORD_KEY)) {
      if (passwords.getOrDefault(key, "").isBlank()) {
        throw new LaunchException(secretsFile + " lacks " + key);
      }
    }
    return passwords;
  }

  private static EmbeddedPostgres startServer(
      Path dataDirectory,
      int port,
      String superuserPassword,
      boolean initialised,
      boolean durable) {
    Path passwordFile = secretsDirectory(dataDirectory).resolve(".initdb-password");
    try {
      Files.createDirectories(dataDirectory.getParent());
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setRegisterShutdownHook(false)
              .setPort(port)
              .setPGStartupWait(STARTUP_WAIT)
              .setServerConfig("listen_addresses", LocalPorts.LOOPBACK)
              // no Unix socket: it would bypass the address rule of pg_hba.conf
              .setServerConfig("unix_socket_directories", "")
              .setServerConfig("password_encryption", "scram-sha-256")
              .setServerConfig("logging_collector", "on")
              .setServerConfig("log_directory", "log")
              // these come after the binaries' own -F (fsync off) and win over it
              .setServerConfig("fsync", durable ? "on" : "off")
              .setServerConfig("synchronous_commit", durable ? "on" : "off")
              .setConnectConfig("password", superuserPassword)
              .setDataDirectoryCustomizer(EmbeddedDatabase::writeAccessRules);
      if (!initialised) {
        // zonky hands "locale config" entries to initdb as --key=value: the superuser gets
        // its password at creation, so no moment exists where it has none
        SecretFiles.write(passwordFile, superuserPassword + "\n");
        builder.setLocaleConfig("pwfile", passwordFile.toString());
      }
      return builder.start();
    } catch (IOException | RuntimeException e) {
      throw new LaunchException(
          "PostgreSQL did not start on port "
              + port
              + " over "
              + dataDirectory
              + " (its log is in "
              + dataDirectory.resolve("log")
              + ")",
          e);
    } finally {
      deleteQuietly(passwordFile);
    }
  }

  /** Runs before every start: the rules are ours, whatever an earlier version wrote. */
  private static void writeAccessRules(java.io.File dataDirectory) {
    String rules =
        "# Written by the Medislot launcher at every start; edits are overwritten.\n"
            + "# TYPE  DATABASE  USER  ADDRESS        METHOD\n"
            + "host    all       all   127.0.0.1/32   scram-sha-256\n";
    try {
      Files.writeString(
          dataDirectory.toPath().resolve("pg_hba.conf"), rules, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write pg_hba.conf", e);
    }
  }

  private void provision(String superuserPassword) throws SQLException {
    try (Connection admin = connect("postgres", SUPERUSER, superuserPassword)) {
      String passwordLiteral = quote(password);
      if (!exists(admin, "SELECT 1 FROM pg_roles WHERE rolname = ?", ROLE)) {
        execute(admin, "CREATE ROLE " + ROLE + " LOGIN PASSWORD " + passwordLiteral);
      } else {
        // keeps the role in step with the secrets file, the single source of truth
        execute(admin, "ALTER ROLE " + ROLE + " WITH LOGIN PASSWORD " + passwordLiteral);
      }
      if (!exists(admin, "SELECT 1 FROM pg_database WHERE datname = ?", DATABASE)) {
        execute(admin, "CREATE DATABASE " + DATABASE + " OWNER " + ROLE + " ENCODING 'UTF8'");
      }
    }
    try (Connection admin = connect(DATABASE, SUPERUSER, superuserPassword)) {
      execute(admin, "CREATE EXTENSION IF NOT EXISTS btree_gist");
    }
  }

  private Connection connect(String database, String user, String userPassword)
      throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", userPassword);
    return DriverManager.getConnection(
        "jdbc:postgresql://" + LocalPorts.LOOPBACK + ":" + port + "/" + database, properties);
  }

  private static boolean exists(Connection connection, String query, String name)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(query)) {
      statement.setString(1, name);
      try (ResultSet result = statement.executeQuery()) {
        return result.next();
      }
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /**
   * DDL takes no bind parameters; the generated passwords are URL-safe, escaping is a safety net.
   */
  private static String quote(String literal) {
    return "'" + literal.replace("'", "''") + "'";
  }

  /**
   * Stops a PostgreSQL left running on {@code dataDir} by a process that was killed before it could
   * close it (it would hold the port and the directory): SIGINT, PostgreSQL's fast shutdown, then
   * SIGKILL after 30 s. Does nothing if none runs. {@link #start} calls it.
   *
   * @param dataDir the data directory
   */
  public static void stopLeftover(Path dataDir) {
    Path pidFile = dataDir.toAbsolutePath().normalize().resolve("postmaster.pid");
    Optional<ProcessHandle> orphan =
        readFirstLine(pidFile)
            .flatMap(EmbeddedDatabase::parsePid)
            .flatMap(ProcessHandle::of)
            .filter(ProcessHandle::isAlive)
            .filter(
                handle -> handle.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    orphan.ifPresent(
        handle -> {
          signalInterrupt(handle.pid());
          try {
            handle
                .onExit()
                .get(ORPHAN_STOP_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while stopping an orphan PostgreSQL", e);
          } catch (java.util.concurrent.ExecutionException
              | java.util.concurrent.TimeoutException e) {
            handle.destroyForcibly();
          }
        });
  }

  private static void signalInterrupt(long pid) {
    try {
      new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
    } catch (IOException e) {
      ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Optional<String> readFirstLine(Path file) {
    try {
      return Files.exists(file)
          ? Files.readAllLines(file, StandardCharsets.US_ASCII).stream().findFirst()
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<Long> parsePid(String line) {
    try {
      return Optional.of(Long.parseLong(line.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // a password file left behind is still mode 600 in a mode 700 directory
      }
    }
  }
}
