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

/**
 * Delivers due notifications on every node ({@link NotificationSenders}). A commit that stored
 * notifications wakes its node's senders at once ({@link NotificationIntake}); this non-persistent
 * interval timer ({@code medislot.notify.poll-interval}) also starts them, for reminders and
 * retries that become due later and for rows a stopped node left behind. Nodes and senders never
 * send the same row twice because each claims its row with {@code FOR UPDATE SKIP LOCKED}; no
 * leader is needed, and a node that stops only leaves its work to the others. It starts after the
 * schema is migrated, so its first round finds the table.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class NotificationDispatcher {

  @Resource private TimerService timers;
  @Inject private NotificationConfig config;
  @Inject private NotificationSenders senders;

  @PostConstruct
  void start() {
    long interval = config.pollInterval().toMillis();
    timers.createIntervalTimer(interval, interval, new TimerConfig("notification-delivery", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick() {
    senders.startAll();
  }
}
