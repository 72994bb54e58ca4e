package com.medislot.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The configuration handed to the application (MicroProfile Config names), built once so that the
 * launcher and the integration tests pass exactly the same names.
 *
 * <p>Payara Micro receives it as a system-properties file ({@code --systemproperties}), which
 * MicroProfile Config reads with the priority of system properties. Immutable; values are never
 * null. Paths are absolute file paths, except {@link #MP_JWT_PUBLIC_KEY_LOCATION}, a {@code file:}
 * URL.
 */
public final class AppSettings {

  /** JDBC URL of the application database. */
  public static final String DB_URL = "medislot.db.url";

  /** Database user (not a superuser). */
  public static final String DB_USER = "medislot.db.user";

  /** Database password. */
  public static final String DB_PASSWORD = "medislot.db.password";

  /** Broker host name or address. */
  public static final String BROKER_HOST = "medislot.broker.host";

  /** Broker CORE acceptor port. */
  public static final String BROKER_PORT = "medislot.broker.port";

  /** Broker user. */
  public static final String BROKER_USER = "medislot.broker.user";

  /** Broker password. */
  public static final String BROKER_PASSWORD = "medislot.broker.password";

  /** File path of the PEM (PKCS#8) key signing the tokens the application issues. */
  public static final String JWT_PRIVATE_KEY_LOCATION = "medislot.jwt.private-key.location";

  /** Issuer the application writes into its tokens. */
  public static final String JWT_ISSUER = "medislot.jwt.issuer";

  /**
   * MicroProfile JWT: location of the PEM public key verifying tokens, as a {@code file:} URL
   * (Payara Micro 6 finds no key behind a plain file path: "No PublicKey found").
   */
  public static final String MP_JWT_PUBLIC_KEY_LOCATION = "mp.jwt.verify.publickey.location";

  /** MicroProfile JWT: issuer a token must carry. */
  public static final String MP_JWT_ISSUER = "mp.jwt.verify.issuer";

  /** Directory of the search index. */
  public static final String SEARCH_INDEX_DIR = "medislot.search.index-dir";

  /** Key signing the search API's paging cursors (the same on every node). */
  public static final String SEARCH_CURSOR_KEY = "medislot.search.cursor-key";

  /** Whether the application loads its demo data (once, idempotently). */
  public static final String DEMO_ENABLED = "medislot.demo.enabled";

  /** The installation's data directory. */
  public static final String DATA_DIR = "medislot.data-dir";

  /** The issuer of the application's tokens. */
  public static final String ISSUER = "medislot";

  private static final List<String> REQUIRED =
      List.of(
          DB_URL,
          DB_USER,
          DB_PASSWORD,
          BROKER_HOST,
          BROKER_PORT,
          BROKER_USER,
          BROKER_PASSWORD,
          JWT_PRIVATE_KEY_LOCATION,
          JWT_ISSUER,
          MP_JWT_PUBLIC_KEY_LOCATION,
          MP_JWT_ISSUER,
          SEARCH_INDEX_DIR,
          DEMO_ENABLED,
          DATA_DIR);

  private final Map<String, String> values;

  private AppSettings(Map<String, String> values) {
    this.values = Collections.unmodifiableMap(new TreeMap<>(values));
  }

  /**
   * @return a builder with demo data off and nothing else set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return every setting by name, sorted, unmodifiable
   */
  public Map<String, String> asMap() {
    return values;
  }

  /**
   * @param name a setting name
   * @return its value, if set
   */
  public Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /**
   * Writes the settings as a properties file readable by its owner only (it holds passwords).
   *
   * @param file the file to write or replace
   * @return the file
   */
  public Path writeTo(Path file) {
    SecretFiles.writeProperties(file, values);
    return file;
  }

  @Override
  public String toString() {
    // names only: the values include passwords
    return "AppSettings" + values.keySet();
  }

  /** Collects settings; later calls override earlier ones. Not thread-safe. */
  public static final class Builder {

    private final Map<String, String> values = new LinkedHashMap<>();

    private Builder() {
      values.put(DEMO_ENABLED, "false");
    }

    /** Uses an embedded database. */
    public Builder database(EmbeddedDatabase database) {
      return database(database.jdbcUrl(), database.user(), database.password());
    }

    /** Uses any PostgreSQL server. */
    public Builder database(String jdbcUrl, String user, String password) {
      return set(DB_URL, jdbcUrl).set(DB_USER, user).set(DB_PASSWORD, password);
    }

    /** Uses an embedded broker. */
    public Builder broker(EmbeddedBroker broker) {
      return broker(broker.host(), broker.port(), broker.user(), broker.password());
    }

    /** Uses any Artemis broker reachable over its CORE protocol. */
    public Builder broker(String host, int port, String user, String password) {
      LocalPorts.checkRange(port);
      return set(BROKER_HOST, host)
          .set(BROKER_PORT, Integer.toString(port))
          .set(BROKER_USER, user)
          .set(BROKER_PASSWORD, password);
    }

    /** Signs and verifies tokens with the installation's key pair, issuer {@value #ISSUER}. */
    public Builder jwt(Secrets secrets) {
      return set(JWT_PRIVATE_KEY_LOCATION, secrets.jwtPrivateKey().toString())
          // Payara reads the location as a URL (or a class-path resource), not as a path.
          .set(MP_JWT_PUBLIC_KEY_LOCATION, secrets.jwtPublicKey().toUri().toString())
          .set(JWT_ISSUER, ISSUER)
          .set(MP_JWT_ISSUER, ISSUER);
    }

    /** Signs the search API's paging cursors with the installation's key. */
    public Builder searchCursorKey(Secrets secrets) {
      return set(SEARCH_CURSOR_KEY, secrets.searchCursorKey());
    }

    /** Sets the data directory and, unless already set, the search index to its {@code index}. */
    public Builder dataDir(Path dataDir) {
      Path absolute = dataDir.toAbsolutePath().normalize();
      set(DATA_DIR, absolute.toString());
      values.putIfAbsent(SEARCH_INDEX_DIR, absolute.resolve("index").toString());
      return this;
    }

    /** Sets the search index directory. */
    public Builder searchIndexDir(Path directory) {
      return set(SEARCH_INDEX_DIR, directory.toAbsolutePath().normalize().toString());
    }

    /** Turns the demo data on or off (off by default). */
    public Builder demoEnabled(boolean enabled) {
      return set(DEMO_ENABLED, Boolean.toString(enabled));
    }

    /**
     * Sets any setting, known here or not (the application may read more than this class names).
     */
    public Builder set(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, () -> "value of " + name);
      values.put(name, value);
      return this;
    }

    /**
     * @return the settings
     * @throws IllegalStateException naming every required setting still missing
     */
    public AppSettings build() {
      List<String> missing = new ArrayList<>();
      for (String name : REQUIRED) {
        if (!values.containsKey(name)) {
          missing.add(name);
        }
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException("missing application settings: " + missing);
      }
      return new AppSettings(values);
    }
  }
}
