package com.medislot.booking.notification;

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
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers due notifications on every node: a non-persistent interval timer delivers them one
 * transaction each until none is due, or until {@value #MAX_ROUNDS} × {@code
 * medislot.notify.batch-size} in one tick. Nodes never send the same row twice because each round
 * claims its rows with {@code FOR UPDATE SKIP LOCKED}; no leader is needed, and a node that stops
 * only leaves its work to the others. It starts after the schema is migrated, so its first round
 * finds the table.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class NotificationDispatcher {

  private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class.getName());

  /** Batches per tick at most, so one tick cannot run forever. */
  private static final int MAX_ROUNDS = 20;

  @Resource private TimerService timers;
  @Inject private NotificationConfig config;
  @Inject private DeliveryBatch batch;

  private final AtomicBoolean running = new AtomicBoolean();

  @PostConstruct
  void start() {
    long interval = config.pollInterval().toMillis();
    timers.createIntervalTimer(interval, interval, new TimerConfig("notification-delivery", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      int limit = MAX_ROUNDS * config.batchSize();
      for (int sent = 0; sent < limit; sent++) {
        if (!batch.deliverNext()) {
          return;
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Notification delivery round failed; the next tick retries", e);
    } finally {
      running.set(false);
    }
  }
}
