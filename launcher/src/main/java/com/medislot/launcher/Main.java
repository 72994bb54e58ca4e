package com.medislot.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs Medislot on this machine: embedded PostgreSQL, embedded Artemis broker, generated secrets,
 * then Payara Micro with the resource adapter and the application; stops them in reverse order on
 * Ctrl-C (or SIGTERM), or when Payara Micro ends by itself.
 *
 * <p>Data directory layout: {@code postgres/} (database), {@code secrets/} (passwords, JWT keys;
 * mode 700), {@code broker/} (message journal), {@code index/} (search index), {@code payara/}
 * (deployments, settings file, {@code payara.log}). Settings: see {@link LauncherSettings#usage()}.
 */
public final class Main {

  private static final long STARTUP_STEP_WAIT_SECONDS = 120;

  private final LauncherSettings settings;
  private final PrintStream out;
  private final Object lock = new Object();
  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  private final CountDownLatch startupDone = new CountDownLatch(1);
  private boolean stopping;
  private PayaraMicroProcess payara;

  private Main(LauncherSettings settings, PrintStream out) {
    this.settings = settings;
    this.out = out;
  }

  /**
   * @param args {@code --name=value} settings, or {@code --help}
   */
  public static void main(String[] args) {
    configureLogging();
    if (args.length == 1 && ("--help".equals(args[0]) || "-h".equals(args[0]))) {
      System.out.println(LauncherSettings.usage());
      return;
    }
    LauncherSettings settings;
    try {
      Map<String, String> properties = new TreeMap<>();
      System.getProperties()
          .stringPropertyNames()
          .forEach(n -> properties.put(n, System.getProperty(n)));
      properties.putAll(LauncherSettings.parseArguments(args));
      settings = LauncherSettings.of(properties);
    } catch (IllegalArgumentException e) {
      System.err.println("medislot: " + e.getMessage());
      System.err.println(LauncherSettings.usage());
      System.exit(2);
      return;
    }
    Main main = new Main(settings, System.out);
    Runtime.getRuntime().addShutdownHook(new Thread(main::stop, "medislot-shutdown"));
    try {
      main.start();
    } catch (RuntimeException e) {
      main.fail("Medislot did not start: " + describe(e));
      return;
    }
    int exitCode = main.awaitPayaraExit();
    if (!main.isStopping()) {
      main.fail(
          "Payara Micro ended unexpectedly (exit code "
              + exitCode
              + "); see "
              + main.payara.logFile());
    }
  }

  private void start() {
    try {
      Path dataDir = settings.dataDir();
      out.println("Medislot: data in " + dataDir);
      // a killed earlier run may still hold the ports: clear it before judging them
      PayaraMicroProcess.stopLeftover(dataDir.resolve("payara"));
      EmbeddedDatabase.stopLeftover(dataDir.resolve("postgres"));
      requirePortsFree();
      AppSettings.Builder app =
          AppSettings.builder().dataDir(dataDir).demoEnabled(settings.demoEnabled());
      Secrets secrets = timed("Secrets", () -> Secrets.ensure(dataDir.resolve("secrets")));
      app.jwt(secrets).searchCursorKey(secrets);
      if (settings.externalDatabaseUrl().isPresent()) {
        out.println("PostgreSQL: external, " + settings.externalDatabaseUrl().get());
      } else {
        EmbeddedDatabase database =
            register(
                timed(
                    "PostgreSQL on 127.0.0.1:" + settings.dbPort(),
                    () -> EmbeddedDatabase.start(dataDir.resolve("postgres"), settings.dbPort())));
        app.database(database);
      }
      if (settings.externalBrokerHost().isPresent()) {
        out.println(
            "Broker: external, "
                + settings.externalBrokerHost().get()
                + ":"
                + settings.brokerPort());
        // host, user and password pass through; the port may have been left at its default
        app.set(AppSettings.BROKER_PORT, Integer.toString(settings.brokerPort()));
      } else {
        EmbeddedBroker broker =
            register(
                timed(
                    "Artemis broker on 127.0.0.1:" + settings.brokerPort(),
                    () ->
                        EmbeddedBroker.start(
                            dataDir.resolve("broker"),
                            settings.brokerPort(),
                            secrets.brokerUser(),
                            secrets.brokerPassword(),
                            settings.brokerMinDiskFree())));
        app.broker(broker);
      }
      settings.passThrough().forEach(app::set);
      long begin = System.nanoTime();
      PayaraMicroProcess.Builder builder =
          PayaraMicroProcess.builder()
              .payaraJar(settings.payaraJar())
              .application(settings.war())
              .httpPort(settings.httpPort())
              .hazelcastPort(settings.hazelcastPort())
              .workDirectory(dataDir.resolve("payara"))
              .settings(app.build())
              .startupTimeout(settings.startupTimeout())
              .httpThreads(settings.httpThreads())
              .echoOutput(settings.quiet() ? Optional.empty() : Optional.of(out));
      settings.rar().ifPresent(builder::resourceAdapter);
      settings.jvmOptions().forEach(builder::jvmOption);
      out.println(
          "Payara Micro: starting (log " + dataDir.resolve("payara").resolve("payara.log") + ")");
      PayaraMicroProcess launched = register(builder.launch());
      synchronized (lock) {
        payara = launched;
      }
      launched.awaitReady();
      out.printf("Payara Micro: ready in %.1f s%n", seconds(begin));
      out.println();
      out.println("Medislot is up: " + launched.baseUri() + "/api/v1");
      if (settings.demoEnabled()) {
        out.println(
            "Demo accounts: see \"Demo accounts\" in README.md (loaded once, on first start)");
      }
      out.println("Stop with Ctrl-C.");
    } finally {
      startupDone.countDown();
    }
  }

  /** All at once and naming the setting, rather than failing after half of it has started. */
  private void requirePortsFree() {
    LocalPorts.requireFree(
        settings.httpPort(), "HTTP (setting " + LauncherSettings.HTTP_PORT + ")");
    LocalPorts.requireFree(
        settings.hazelcastPort(), "Hazelcast (setting " + LauncherSettings.HAZELCAST_PORT + ")");
    if (settings.externalDatabaseUrl().isEmpty()) {
      LocalPorts.requireFree(
          settings.dbPort(), "PostgreSQL (setting " + LauncherSettings.DB_PORT + ")");
    }
    if (settings.externalBrokerHost().isEmpty()) {
      LocalPorts.requireFree(
          settings.brokerPort(), "the broker (setting " + LauncherSettings.BROKER_PORT + ")");
    }
  }

  /** Blocks until Payara Micro ends; returns its exit code. */
  private int awaitPayaraExit() {
    PayaraMicroProcess process;
    synchronized (lock) {
      process = payara;
    }
    try {
      return process.onExit().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    } catch (ExecutionException e) {
      return -1;
    }
  }

  /**
   * Stops everything started, newest first. Runs in the shutdown hook, possibly while {@link
   * #start()} is still at work: what start() brings up after this point it closes itself (see
   * {@link #register}), and this method waits for it so the JVM does not halt in between.
   */
  private void stop() {
    synchronized (lock) {
      if (stopping) {
        return;
      }
      stopping = true;
    }
    out.println("Medislot: stopping");
    closeAll();
    try {
      startupDone.await(STARTUP_STEP_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    closeAll();
    out.println("Medislot: stopped");
  }

  private void closeAll() {
    while (true) {
      AutoCloseable next;
      synchronized (lock) {
        next = started.poll();
      }
      if (next == null) {
        return;
      }
      closeQuietly(next);
    }
  }

  private <T extends AutoCloseable> T register(T component) {
    synchronized (lock) {
      if (!stopping) {
        started.push(component);
        return component;
      }
    }
    closeQuietly(component);
    throw new LaunchException("stopping: " + component + " closed right after starting");
  }

  private boolean isStopping() {
    synchronized (lock) {
      return stopping;
    }
  }

  private void fail(String message) {
    if (isStopping()) {
      // Ctrl-C during startup: the shutdown hook is reporting and cleaning up
      return;
    }
    System.err.println(message);
    stop();
    System.exit(1);
  }

  private void closeQuietly(AutoCloseable component) {
    long begin = System.nanoTime();
    try {
      component.close();
      out.printf("  stopped %s in %.1f s%n", component, seconds(begin));
    } catch (Exception e) {
      System.err.println("  could not stop " + component + ": " + describe(e));
    }
  }

  private <T> T timed(String what, Supplier<T> step) {
    long begin = System.nanoTime();
    T result = step.get();
    out.printf("%s: ready in %.1f s%n", what, seconds(begin));
    return result;
  }

  private static double seconds(long beginNanos) {
    return (System.nanoTime() - beginNanos) / 1e9;
  }

  private static String describe(Throwable e) {
    StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      text.append("\n  caused by: ").append(cause);
    }
    return text.toString();
  }

  /** Quiet libraries unless the user asks otherwise; must run before the first logger exists. */
  private static void configureLogging() {
    setDefault("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    setDefault("org.slf4j.simpleLogger.showDateTime", "true");
    setDefault("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
  }

  private static void setDefault(String name, String value) {
    if (System.getProperty(name) == null) {
      System.setProperty(name, value);
    }
  }
}
