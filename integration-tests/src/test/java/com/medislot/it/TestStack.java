package com.medislot.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.medislot.launcher.AppSettings;
import com.medislot.launcher.EmbeddedBroker;
import com.medislot.launcher.EmbeddedDatabase;
import com.medislot.launcher.LocalPorts;
import com.medislot.launcher.PayaraMicroProcess;
import com.medislot.launcher.Secrets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts what the application needs before Arquillian starts Payara Micro: a fresh embedded
 * PostgreSQL, an Artemis broker and the secrets, then writes the settings and the asadmin command
 * files the container configuration (arquillian.xml) points at. Active only when the system
 * property {@code it.stack} is true (the Failsafe run).
 */
public class TestStack implements LauncherSessionListener {

  /** Demo practitioners loaded for the suite: enough for distinct practitioners per test. */
  static final int PRACTITIONERS = 400;

  /** Lifetime of holds and waiting-list offers in the suite. */
  static final java.time.Duration HOLD_TTL = java.time.Duration.ofSeconds(8);

  /** How the Arquillian adapter names its temporary directories. */
  private static final String ARQUILLIAN_COPY_PREFIX = "arquillian-payara-micro";

  private static EmbeddedDatabase database;
  private static EmbeddedBroker broker;
  private static Secrets secrets;
  private static GreenMail mail;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!Boolean.getBoolean("it.stack") || database != null) {
      return;
    }
    Path work = Path.of(System.getProperty("it.work"));
    Path runtime = Path.of(System.getProperty("it.runtime"));
    wipe(work);
    removeEarlierApplicationCopies();
    try {
      Files.createDirectories(work);
      // thrown away after the suite: its commits need not wait for the disk
      database = EmbeddedDatabase.start(work.resolve("postgres"), LocalPorts.freePort(), false);
      secrets = Secrets.ensure(work.resolve("secrets"));
      broker =
          EmbeddedBroker.start(
              work.resolve("broker"),
              LocalPorts.freePort(),
              secrets.brokerUser(),
              secrets.brokerPassword());
      mail =
          new GreenMail(
              new ServerSetup(
                  LocalPorts.freePort(), LocalPorts.LOOPBACK, ServerSetup.PROTOCOL_SMTP));
      mail.start();
      configureContainer(work);
      settings(work.resolve("data")).build().writeTo(work.resolve("payara.properties"));
      Files.writeString(
          work.resolve("preboot.asadmin"),
          "set configs.config.server-config.network-config.network-listeners.network-listener"
              + ".http-listener.address=127.0.0.1\n"
              + PayaraMicroProcess.REQUEST_HEADER_BUFFER_COMMAND
              + "\n"
              + PayaraMicroProcess.NO_SERVER_HEADERS_COMMANDS
              + "\n",
          StandardCharsets.UTF_8);
      // The resource adapter must be deployed before the application that uses it.
      Files.writeString(
          work.resolve("postboot.asadmin"),
          "deploy --name artemis-rar " + runtime.resolve("artemis-rar.rar").toAbsolutePath() + "\n",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Free loopback ports for Payara Micro, handed to Arquillian as a system-property override of the
   * container configuration (read after this listener runs) and to the tests' client.
   *
   * <p>No {@code --rootdir}: Arquillian starts one Payara Micro per test class, and a shared root
   * directory would make each start redeploy the previous class's applications before its own; each
   * start gets a fresh temporary directory instead.
   */
  private static void configureContainer(Path work) {
    int http = LocalPorts.freePort();
    int hazelcast = LocalPorts.freePort();
    System.setProperty("it.http.port", Integer.toString(http));
    System.setProperty("it.hazelcast.port", Integer.toString(hazelcast));
    String options =
        String.join(
            " ",
            "--port " + http,
            "--clustermode tcpip:127.0.0.1:" + hazelcast,
            "--interfaces 127.0.0.1",
            "--startport " + hazelcast,
            "--clustername medislot-it",
            "--prebootcommandfile " + work.resolve("preboot.asadmin"),
            "--postbootcommandfile " + work.resolve("postboot.asadmin"),
            "--systemproperties " + work.resolve("payara.properties"));
    System.setProperty("arq.container.payara-micro.configuration.extraMicroOptions", options);
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (mail != null) {
      mail.stop();
      mail = null;
    }
    if (broker != null) {
      broker.close();
      broker = null;
    }
    if (database != null) {
      database.close();
      database = null;
    }
  }

  /**
   * The settings of a server of the suite keeping its private files (search index) under {@code
   * dataDir}: the shared database, broker, secrets and mail server, the demo data, and the short
   * lifetimes and intervals the tests watch.
   */
  static AppSettings.Builder settings(Path dataDir) {
    return AppSettings.builder()
        .database(database)
        .broker(broker)
        .jwt(secrets)
        .searchCursorKey(secrets)
        .dataDir(dataDir)
        .demoEnabled(true)
        .set("medislot.demo.practitioners", Integer.toString(PRACTITIONERS))
        // the passed-slot pass every 2 s instead of 5 min, so a test can watch it work
        .set("medislot.slots.passed-refresh-interval", "PT2S")
        // Short hold and offer lifetimes, swept every second, so expiry is testable.
        .set("medislot.holds.ttl", HOLD_TTL.toString())
        .set("medislot.waitlist.offer-ttl", HOLD_TTL.toString())
        .set("medislot.holds.sweep-interval", "PT1S")
        .set("medislot.mail.host", LocalPorts.LOOPBACK)
        .set("medislot.mail.port", Integer.toString(mail.getSmtp().getPort()))
        .set("medislot.mail.from", "no-reply@medislot.test")
        .set("medislot.notify.poll-interval", "PT0.5S")
        // enough searches to go through the warm-up, few enough not to slow every start down
        .set("medislot.search.warm-up.queries", "300");
  }

  static EmbeddedDatabase database() {
    return database;
  }

  /** The SMTP server the application sends its emails to. */
  static GreenMail mail() {
    return mail;
  }

  static EmbeddedBroker broker() {
    return broker;
  }

  /**
   * The Arquillian adapter leaves a copy of the application (55 MB) in this JVM's temporary
   * directory at every container start. The Failsafe configuration makes that directory the build's
   * own ({@code it.tmp}); the copies of earlier runs are removed from it here, and only when it is
   * that one.
   */
  private static void removeEarlierApplicationCopies() {
    Optional<Path> buildTemporary =
        Optional.ofNullable(System.getProperty("it.tmp"))
            .map(Path::of)
            .filter(p -> p.equals(Path.of(System.getProperty("java.io.tmpdir"))));
    if (buildTemporary.isEmpty()) {
      return;
    }
    try (Stream<Path> children = Files.list(buildTemporary.get())) {
      children
          .filter(p -> p.getFileName().toString().startsWith(ARQUILLIAN_COPY_PREFIX))
          .forEach(TestStack::wipe);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void wipe(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
