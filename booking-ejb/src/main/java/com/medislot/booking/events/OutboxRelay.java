package com.medislot.booking.events;

import com.medislot.booking.infrastructure.SchemaMigrator;
import com.medislot.booking.infrastructure.WarningGate;
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
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
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

  @Inject
  @ConfigProperty(name = "medislot.events.outbox-stall-warning", defaultValue = "PT30S")
  Duration stallWarning;

  @Inject MetricRegistry metrics;
  @Inject Clock clock;

  private Outbox.Sender sender;
  private Counter relayed;
  private Counter failures;
  private OutboxDrain drainer;
  private final AtomicInteger failedInARow = new AtomicInteger();
  private final WarningGate failureWarnings = new WarningGate(WARNING_INTERVAL);
  private final WarningGate stallWarnings = new WarningGate(WARNING_INTERVAL);

  @PostConstruct
  void start() {
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalStateException("medislot.events.outbox-poll-interval must be positive");
    }
    if (batchSize < 1) {
      throw new IllegalStateException("medislot.events.outbox-batch-size must be at least 1");
    }
    if (stallWarning.isNegative() || stallWarning.isZero()) {
      throw new IllegalStateException("medislot.events.outbox-stall-warning must be positive");
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
    metrics.gauge(
        Metadata.builder()
            .withName("medislot.events.outbox_pending")
            .withDescription("Domain events in the outbox, not yet sent to the topic")
            .build(),
        () -> backlog(c -> Outbox.pending(c)));
    metrics.gauge(
        Metadata.builder()
            .withName("medislot.events.outbox_oldest_age_seconds")
            .withDescription(
                "Age in seconds of the oldest event waiting in the outbox; 0 when none waits")
            .build(),
        () ->
            backlog(
                c ->
                    Outbox.oldest(c)
                        .map(t -> Math.max(0, Duration.between(t, clock.instant()).toSeconds()))
                        .orElse(0L)));
    drainer = new OutboxDrain(this::relayOnce, batchSize, relayed::inc);
    long interval = pollInterval.toMillis();
    timers.createIntervalTimer(interval, interval, new TimerConfig("event-outbox-relay", false));
  }

  /**
   * Asks for a drain soon, on another thread; called after a commit that published events. While a
   * drain runs it only leaves a request for that drain: handing a task to the managed executor
   * captures the caller's context, a service-loader scan, which cost more than the send itself at
   * 60 bookings/s.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void wake() {
    if (drainer.request()) {
      executor.execute(this::drain);
    }
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick() {
    drainer.roundRunningFor().filter(d -> d.compareTo(stallWarning) > 0).ifPresent(this::stalled);
    // never on the timer's own thread: a round the broker holds back must not hold the timer,
    // or no later tick could see the stall and say so
    executor.execute(this::drain);
  }

  /** A round that does not end fails nothing: say so, once a minute, or nobody learns of it. */
  private void stalled(Duration running) {
    if (stallWarnings.claim(false)) {
      LOG.warning(
          () ->
              "Relaying events has waited on the broker for "
                  + running.toSeconds()
                  + " s in one round; events wait in the outbox. A broker blocks producers, for"
                  + " instance, when its disk or an address is full.");
    }
  }

  /** A gauge's reading of the outbox; -1 when the database does not answer. */
  private long backlog(Reading reading) {
    try (Connection c = dataSource.getConnection()) {
      return reading.read(c);
    } catch (SQLException e) {
      LOG.log(Level.FINE, "Reading the outbox for a gauge failed", e);
      return -1;
    }
  }

  @FunctionalInterface
  private interface Reading {
    long read(Connection c) throws SQLException;
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
      if (failureWarnings.claim(failedInARow.getAndIncrement() == 0)) {
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
