package com.medislot.launcher;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What {@link Main} starts, read from system properties (or {@code -Dname=value} / {@code
 * --name=value} arguments) with one-machine defaults.
 *
 * <p>Setting {@code medislot.db.url} uses that database instead of the embedded one (with {@code
 * medislot.db.user} and {@code medislot.db.password}); setting {@code medislot.broker.host} uses
 * that broker (with {@code medislot.broker.port}, {@code .user}, {@code .password}). Every other
 * {@code medislot.*} or {@code mp.*} setting not listed in {@link #usage()} is passed to the
 * application unchanged. Immutable.
 */
final class LauncherSettings {

  static final String DATA_DIR = AppSettings.DATA_DIR;
  static final String HTTP_PORT = "medislot.http.port";
  static final String DB_PORT = "medislot.db.port";
  static final String BROKER_PORT = AppSettings.BROKER_PORT;
  static final String HAZELCAST_PORT = "medislot.hazelcast.port";
  static final String DEMO_ENABLED = AppSettings.DEMO_ENABLED;
  static final String RUNTIME_DIR = "medislot.launcher.runtime-dir";
  static final String PAYARA_JAR = "medislot.launcher.payara-jar";
  static final String WAR = "medislot.launcher.war";
  static final String RAR = "medislot.launcher.rar";
  static final String STARTUP_TIMEOUT = "medislot.launcher.startup-timeout-seconds";
  static final String HTTP_THREADS = "medislot.launcher.http-threads";
  static final String BROKER_MIN_DISK_FREE = "medislot.launcher.broker-min-disk-free-mb";
  static final String QUIET = "medislot.launcher.quiet";
  static final String JVM_OPTIONS = "medislot.launcher.jvm-options";

  /** Read by the launcher only, never handed to the application. */
  private static final List<String> LAUNCHER_ONLY = List.of(HTTP_PORT, DB_PORT, HAZELCAST_PORT);

  private static final String LAUNCHER_PREFIX = "medislot.launcher.";

  private final Map<String, String> raw;
  private final Path dataDir;
  private final Path runtimeDir;

  private LauncherSettings(Map<String, String> raw) {
    this.raw = Collections.unmodifiableMap(new TreeMap<>(raw));
    this.dataDir =
        Path.of(
                raw.getOrDefault(
                    DATA_DIR,
                    Path.of(System.getProperty("user.home"), ".medislot", "dev").toString()))
            .toAbsolutePath()
            .normalize();
    this.runtimeDir =
        Optional.ofNullable(raw.get(RUNTIME_DIR))
            .map(Path::of)
            .orElseGet(LauncherSettings::defaultRuntimeDir)
            .toAbsolutePath()
            .normalize();
  }

  /**
   * @param properties system properties and arguments, arguments last so they win
   * @return the settings
   * @throws IllegalArgumentException if a value is malformed or an external setting incomplete
   */
  static LauncherSettings of(Map<String, String> properties) {
    LauncherSettings settings = new LauncherSettings(properties);
    settings.validate();
    return settings;
  }

  /**
   * Turns {@code -Dname=value} and {@code --name=value} arguments into entries.
   *
   * @throws IllegalArgumentException for any other argument
   */
  static Map<String, String> parseArguments(String[] args) {
    Map<String, String> values = new TreeMap<>();
    for (String arg : args) {
      String body =
          arg.startsWith("-D") ? arg.substring(2) : arg.startsWith("--") ? arg.substring(2) : null;
      int equals = body == null ? -1 : body.indexOf('=');
      if (equals <= 0) {
        throw new IllegalArgumentException(
            "unknown argument '" + arg + "' (expected --name=value)");
      }
      values.put(body.substring(0, equals), body.substring(equals + 1));
    }
    return values;
  }

  Path dataDir() {
    return dataDir;
  }

  int httpPort() {
    return port(HTTP_PORT, 8080);
  }

  int dbPort() {
    return port(DB_PORT, 54320);
  }

  int brokerPort() {
    return port(BROKER_PORT, 61616);
  }

  int hazelcastPort() {
    return port(HAZELCAST_PORT, 26900);
  }

  boolean demoEnabled() {
    return bool(DEMO_ENABLED, true);
  }

  boolean quiet() {
    return bool(QUIET, false);
  }

  Duration startupTimeout() {
    return Duration.ofSeconds(positiveInt(STARTUP_TIMEOUT, 240));
  }

  /** Payara Micro's HTTP worker threads at most (Payara's own default is 200). */
  int httpThreads() {
    return positiveInt(HTTP_THREADS, PayaraMicroProcess.DEFAULT_HTTP_THREADS);
  }

  /** Free disk space below which the embedded broker blocks producers, in bytes. */
  long brokerMinDiskFree() {
    return positiveInt(BROKER_MIN_DISK_FREE, (int) (EmbeddedBroker.DEFAULT_MIN_DISK_FREE >> 20))
        * (1L << 20);
  }

  Path payaraJar() {
    return path(PAYARA_JAR, runtimeDir.resolve("payara-micro.jar"));
  }

  Path war() {
    return path(WAR, runtimeDir.resolve("booking-web.war"));
  }

  /** Empty when set to {@code none}: for an application that sends no messages. */
  Optional<Path> rar() {
    return "none".equals(raw.get(RAR))
        ? Optional.empty()
        : Optional.of(
            path(RAR, runtimeDir.resolve(PayaraMicroProcess.RESOURCE_ADAPTER_NAME + ".rar")));
  }

  /** Options for Payara Micro's JVM, e.g. {@code -Xmx4g} (none: the JVM's defaults). */
  List<String> jvmOptions() {
    String value = raw.getOrDefault(JVM_OPTIONS, "").trim();
    return value.isEmpty() ? List.of() : List.of(value.split("\\s+"));
  }

  /** Present when the application should use an existing database. */
  Optional<String> externalDatabaseUrl() {
    return Optional.ofNullable(raw.get(AppSettings.DB_URL));
  }

  /** Present when the application should use an existing broker. */
  Optional<String> externalBrokerHost() {
    return Optional.ofNullable(raw.get(AppSettings.BROKER_HOST));
  }

  /** Settings for the application given by the user; they override computed ones. */
  Map<String, String> passThrough() {
    Map<String, String> values = new TreeMap<>();
    raw.forEach(
        (name, value) -> {
          boolean forApplication = name.startsWith("medislot.") || name.startsWith("mp.");
          if (forApplication
              && !name.startsWith(LAUNCHER_PREFIX)
              && !LAUNCHER_ONLY.contains(name)) {
            values.put(name, value);
          }
        });
    return values;
  }

  static String usage() {
    return String.join(
        "\n",
        "Usage: scripts/run.sh [--name=value ...]   (or -Dname=value before -jar)",
        "  medislot.data-dir                          data, secrets and logs (~/.medislot/dev)",
        "  medislot.http.port                         HTTP on 127.0.0.1 (8080)",
        "  medislot.db.port                           embedded PostgreSQL (54320)",
        "  medislot.broker.port                       embedded Artemis broker (61616)",
        "  medislot.hazelcast.port                    Payara Micro's Hazelcast (26900)",
        "  medislot.demo.enabled                      load demo data (true)",
        "  medislot.db.url, .db.user, .db.password    use this PostgreSQL instead of the embedded one",
        "  medislot.broker.host, .broker.user, .broker.password   use this broker instead",
        "  medislot.launcher.runtime-dir              payara-micro.jar, booking-web.war, artemis-rar.rar",
        "                                             (launcher/target/runtime)",
        "  medislot.launcher.payara-jar, .war, .rar   single files (.rar=none: deploy no adapter)",
        "  medislot.launcher.startup-timeout-seconds  readiness wait (240)",
        "  medislot.launcher.quiet                    do not echo the server log (false)",
        "  medislot.launcher.http-threads             HTTP worker threads at most ("
            + PayaraMicroProcess.DEFAULT_HTTP_THREADS
            + ")",
        "  medislot.launcher.broker-min-disk-free-mb  embedded broker blocks producers below ("
            + (EmbeddedBroker.DEFAULT_MIN_DISK_FREE >> 20)
            + ")",
        "  medislot.launcher.jvm-options              Payara Micro's JVM options, e.g. -Xmx4g (none)",
        "Any other medislot.* or mp.* setting is passed to the application.");
  }

  private void validate() {
    httpPort();
    dbPort();
    brokerPort();
    hazelcastPort();
    demoEnabled();
    quiet();
    startupTimeout();
    httpThreads();
    brokerMinDiskFree();
    externalDatabaseUrl()
        .ifPresent(url -> requireAll(AppSettings.DB_USER, AppSettings.DB_PASSWORD));
    externalBrokerHost()
        .ifPresent(host -> requireAll(AppSettings.BROKER_USER, AppSettings.BROKER_PASSWORD));
    List<Integer> ports = List.of(httpPort(), dbPort(), brokerPort(), hazelcastPort());
    if (ports.stream().distinct().count() != ports.size()) {
      throw new IllegalArgumentException("the ports must differ: " + ports);
    }
  }

  private void requireAll(String... names) {
    for (String name : names) {
      if (!raw.containsKey(name)) {
        throw new IllegalArgumentException(name + " is required with an external server");
      }
    }
  }

  private int port(String name, int fallback) {
    int port = positiveInt(name, fallback);
    if (port > 65535) {
      throw new IllegalArgumentException(name + " is not a TCP port: " + port);
    }
    return port;
  }

  private int positiveInt(String name, int fallback) {
    String value = raw.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value.trim());
      if (parsed <= 0) {
        throw new IllegalArgumentException(name + " must be positive: " + value);
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " is not a number: " + value, e);
    }
  }

  private boolean bool(String name, boolean fallback) {
    String value = raw.get(name);
    if (value == null) {
      return fallback;
    }
    return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException(name + " must be true or false: " + value);
    };
  }

  private Path path(String name, Path fallback) {
    return Optional.ofNullable(raw.get(name))
        .map(Path::of)
        .orElse(fallback)
        .toAbsolutePath()
        .normalize();
  }

  /**
   * {@code target/runtime} beside the running jar (or beside {@code target/classes}), where the
   * build copies Payara Micro, the RAR and the WAR.
   */
  private static Path defaultRuntimeDir() {
    Path fallback = Path.of("launcher", "target", "runtime");
    try {
      // the jar (target/medislot-launcher-runnable.jar) or the classes directory (target/classes)
      Path location =
          Path.of(
              LauncherSettings.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Optional.ofNullable(location.getParent())
          .map(target -> target.resolve("runtime"))
          .orElse(fallback);
    } catch (URISyntaxException | SecurityException e) {
      return fallback;
    }
  }
}
