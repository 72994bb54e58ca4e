package com.medislot.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.config.impl.SecurityConfiguration;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.spi.core.security.ActiveMQJAASSecurityManager;
import org.apache.activemq.artemis.spi.core.security.jaas.InVMLoginModule;

/**
 * An ActiveMQ Artemis broker inside this JVM with one CORE acceptor on {@code
 * tcp://127.0.0.1:port}, a persistent journal, and security on: a single user holding every
 * permission on every address.
 *
 * <p>Address settings for all addresses ({@code #}): at most {@value #MAX_DELIVERY_ATTEMPTS}
 * delivery attempts, redelivery after {@value #REDELIVERY_DELAY_MS} ms doubling each time (up to
 * {@value #MAX_REDELIVERY_DELAY_MS} ms), then the dead-letter address {@value #DEAD_LETTER};
 * expired messages go to {@value #EXPIRY}; addresses and queues are created on first use.
 *
 * <p>The broker stops taking messages (it blocks producers) only when the free space on its disk
 * falls below an absolute floor ({@link #DEFAULT_MIN_DISK_FREE} unless given). Artemis's own
 * default, a percentage of the whole disk (90 %), blocks every producer on a large disk that still
 * has tens of gigabytes free, and a blocked producer waits without an error.
 *
 * <p>Immutable apart from its running state. {@link #close()} stops it; the journal stays.
 */
public final class EmbeddedBroker implements AutoCloseable {

  /** Dead-letter address and queue. */
  public static final String DEAD_LETTER = "DLQ";

  /** Expiry address and queue. */
  public static final String EXPIRY = "ExpiryQueue";

  /** Deliveries of one message before it goes to {@link #DEAD_LETTER}. */
  public static final int MAX_DELIVERY_ATTEMPTS = 5;

  /** First redelivery delay; each further one doubles. */
  public static final long REDELIVERY_DELAY_MS = 500;

  /** Ceiling of the redelivery delay. */
  public static final long MAX_REDELIVERY_DELAY_MS = 30_000;

  /** Free bytes below which the broker blocks producers, unless told otherwise: 512 MiB. */
  public static final long DEFAULT_MIN_DISK_FREE = 512L * 1024 * 1024;

  private static final String ROLE = "medislot-all";

  private final EmbeddedActiveMQ server;
  private final int port;
  private final String user;
  private final String password;

  private EmbeddedBroker(EmbeddedActiveMQ server, int port, String user, String password) {
    this.server = server;
    this.port = port;
    this.user = user;
    this.password = password;
  }

  /**
   * Starts a broker keeping its journal in {@code dataDir}.
   *
   * @param dataDir journal, bindings, paging and large-message directories; created if absent
   * @param port a free TCP port
   * @param user the only user; not blank
   * @param password that user's password; not blank
   * @return the running broker
   * @throws LaunchException if the port is taken or the broker fails to start
   */
  public static EmbeddedBroker start(Path dataDir, int port, String user, String password) {
    return start(dataDir, port, user, password, DEFAULT_MIN_DISK_FREE);
  }

  /**
   * Starts a broker keeping its journal in {@code dataDir}, blocking producers while its disk has
   * less than {@code minDiskFree} bytes free.
   *
   * @param minDiskFree free bytes the broker keeps on its disk; positive
   * @see #start(Path, int, String, String)
   */
  public static EmbeddedBroker start(
      Path dataDir, int port, String user, String password, long minDiskFree) {
    LocalPorts.checkRange(port);
    if (minDiskFree <= 0) {
      throw new IllegalArgumentException("minDiskFree must be positive: " + minDiskFree);
    }
    requireText(user, "user");
    requireText(password, "password");
    Path directory = dataDir.toAbsolutePath().normalize();
    LocalPorts.requireFree(port, "the message broker");
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + directory, e);
    }
    SecurityConfiguration users = new SecurityConfiguration();
    users.addUser(user, password);
    users.addRole(user, ROLE);
    EmbeddedActiveMQ server =
        new EmbeddedActiveMQ()
            .setConfiguration(configuration(directory, port, minDiskFree))
            .setSecurityManager(
                new ActiveMQJAASSecurityManager(InVMLoginModule.class.getName(), users));
    try {
      server.start();
    } catch (Exception e) {
      stopQuietly(server);
      throw new LaunchException("the message broker did not start on port " + port, e);
    }
    return new EmbeddedBroker(server, port, user, password);
  }

  /**
   * @return {@code 127.0.0.1}
   */
  public String host() {
    return LocalPorts.LOOPBACK;
  }

  /**
   * @return the acceptor's port
   */
  public int port() {
    return port;
  }

  /**
   * @return {@code tcp://127.0.0.1:<port>}, the URL a core/JMS client connects to
   */
  public String url() {
    return "tcp://" + host() + ":" + port;
  }

  /**
   * @return the only user
   */
  public String user() {
    return user;
  }

  /**
   * @return that user's password
   */
  public String password() {
    return password;
  }

  /** Stops the broker; the journal stays. Idempotent. */
  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new LaunchException("stopping the message broker on port " + port + " failed", e);
    }
  }

  @Override
  public String toString() {
    return "EmbeddedBroker[" + url() + "]";
  }

  private static Configuration configuration(Path directory, int port, long minDiskFree) {
    ConfigurationImpl configuration = new ConfigurationImpl();
    configuration.setName("medislot-embedded");
    configuration.setPersistenceEnabled(true);
    // NIO works everywhere; ASYNCIO needs libaio and only logs a fallback warning without it
    configuration.setJournalType(JournalType.NIO);
    configuration.setJournalDirectory(directory.resolve("journal").toString());
    configuration.setBindingsDirectory(directory.resolve("bindings").toString());
    configuration.setPagingDirectory(directory.resolve("paging").toString());
    configuration.setLargeMessagesDirectory(directory.resolve("large-messages").toString());
    configuration.setNodeManagerLockDirectory(directory.toString());
    // an absolute floor instead of a share of the disk (-1 switches the percentage off)
    configuration.setMaxDiskUsage(-1);
    configuration.setMinDiskFree(minDiskFree);
    configuration.setSecurityEnabled(true);
    // no MBean server registration: several brokers may live in one test JVM
    configuration.setJMXManagementEnabled(false);
    try {
      configuration.addAcceptorConfiguration(
          "medislot", "tcp://" + LocalPorts.LOOPBACK + ":" + port + "?protocols=CORE");
    } catch (Exception e) {
      throw new LaunchException("invalid acceptor for port " + port, e);
    }
    configuration.putSecurityRoles("#", Set.of(allPermissions()));
    configuration.addAddressSetting(
        "#",
        new AddressSettings()
            .setMaxDeliveryAttempts(MAX_DELIVERY_ATTEMPTS)
            .setRedeliveryDelay(REDELIVERY_DELAY_MS)
            .setRedeliveryMultiplier(2.0)
            .setMaxRedeliveryDelay(MAX_REDELIVERY_DELAY_MS)
            .setDeadLetterAddress(SimpleString.of(DEAD_LETTER))
            .setExpiryAddress(SimpleString.of(EXPIRY))
            .setAutoCreateAddresses(true)
            .setAutoCreateQueues(true));
    configuration.addAddressConfiguration(anycastQueue(DEAD_LETTER));
    configuration.addAddressConfiguration(anycastQueue(EXPIRY));
    return configuration;
  }

  private static Role allPermissions() {
    // send, consume, create/delete durable queue, create/delete non-durable queue, manage,
    // browse, create/delete address, view, edit
    return new Role(ROLE, true, true, true, true, true, true, true, true, true, true, true, true);
  }

  private static CoreAddressConfiguration anycastQueue(String name) {
    return new CoreAddressConfiguration()
        .setName(name)
        .addRoutingType(RoutingType.ANYCAST)
        .addQueueConfig(QueueConfiguration.of(name).setRoutingType(RoutingType.ANYCAST));
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  private static void stopQuietly(EmbeddedActiveMQ server) {
    try {
      server.stop();
    } catch (Exception e) {
      // the start failure is the one to report
    }
  }
}
