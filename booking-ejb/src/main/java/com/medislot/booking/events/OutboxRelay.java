package com.medislot.booking.events;

import com.medislot.booking.infrastructure.SchemaMigrator;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Sends the outbox's events to the topic, on every node (ADR 0017). A commit that published events
 * wakes this node's relay at once; an interval timer ({@code medislot.events.outbox-poll-interval})
 * also drains what a node left behind, for instance one that stopped between a commit and its
 * relay. Nodes never send the same row at once: each batch claims its rows with {@code FOR UPDATE
 * SKIP LOCKED}. On a node, one drain runs at a time ({@link OutboxDrain}).
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());

  private static final Duration WARNING_INTERVAL = Duration.ofMinutes(1);

  @Resource private TimerService timers;
  @Resource private ManagedExecutorService executor;

  @Resource(lookup = EventPublisher.CONNECTION_FACTORY)
  private ConnectionFactory connectionFactory;

  @Resource(lookup = SchemaMigrator.DATASOURCE)
  private DataSource dataSource;

  @Inject
  @ConfigProperty(name = "medislot.events.outbox-poll-interval", defaultValue = "PT1S")
  Duration pollInterval;

  @Inject
  @ConfigProperty(name = "medislot.events.outbox-batch-size", defaultValue = "200")
  int batchSize;

  @Inject MetricRegistry metrics;

  private Outbox.Sender sender;
  private Counter relayed;
  private Counter failures;
  private OutboxDrain drainer;
  private final AtomicInteger failedInARow = new AtomicInteger();
  private final AtomicLong lastWarning = new AtomicLong(System.nanoTime());

  @PostConstruct
  void start() {
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalStateException("medislot.events.outbox-poll-interval must be positive");
    }
    if (batchSize < 1) {
      throw new IllegalStateException("medislot.events.outbox-batch-size must be at least 1");
    }
    sender = new TopicSender(connectionFactory);
    relayed =
        metrics.counter(
            Metadata.builder()
                .withName("medislot.events.relayed")
                .withDescription("Domain events sent from the outbox to the events topic")
                .build());
    failures =
        metrics.counter(
            Metadata.builder()
                .withName("medislot.events.relay_failures")
                .withDescription("Outbox relay rounds that failed and were left to the next poll")
                .build());
    drainer = new OutboxDrain(this::relayOnce, batchSize, relayed::inc);
    long interval = pollInterval.toMillis();
    timers.createIntervalTimer(interval, interval, new TimerConfig("event-outbox-relay", false));
  }

  /** Asks for a drain soon, on another thread; called after a commit that published events. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void wake() {
    drainer.request();
    executor.execute(this::drain);
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick() {
    drain();
  }

  private void drain() {
    try {
      drainer.drain();
      int failed = failedInARow.getAndSet(0);
      if (failed > 0) {
        LOG.info(() -> "Relaying events works again, after " + failed + " failed rounds");
      }
    } catch (SQLException | RuntimeException e) {
      failures.inc();
      // while the broker is away every poll fails: one stack trace a minute is enough
      long now = System.nanoTime();
      long last = lastWarning.get();
      boolean warn = failedInARow.getAndIncrement() == 0 || now - last > WARNING_INTERVAL.toNanos();
      if (warn && lastWarning.compareAndSet(last, now)) {
        LOG.log(
            Level.WARNING,
            "Relaying events to the broker failed; events wait in the outbox and every poll"
                + " retries",
            e);
      } else {
        LOG.log(Level.FINE, "Relaying events failed again", e);
      }
    }
  }

  private int relayOnce() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        return Outbox.relay(c, sender, batchSize);
      } finally {
        c.setAutoCommit(true);
      }
    }
  }
}
