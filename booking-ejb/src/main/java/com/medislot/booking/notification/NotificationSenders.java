package com.medislot.booking.notification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This node's {@code medislot.notify.senders} threads, each delivering one notification per
 * transaction ({@link DeliveryBatch}) until nothing is due ({@link DeliveryWorkers}).
 *
 * <p>A CDI bean, not a session bean: {@link #wake()} runs in the completion callback of the
 * intake's transaction, on the resource adapter's thread, where a session bean's transaction
 * handling fails (it cannot resume the finished transaction after the call). The threads are not
 * the container's shared executor: an SMTP conversation mostly waits, and senders busy with a
 * backlog must not hold up the event relay that shares that executor.
 */
@ApplicationScoped
public class NotificationSenders {

  private static final Logger LOG = Logger.getLogger(NotificationSenders.class.getName());

  @Resource private ManagedThreadFactory threads;
  @Inject private NotificationConfig config;
  @Inject private DeliveryBatch batch;

  private DeliveryWorkers workers;
  private ExecutorService pool;

  @PostConstruct
  void start() {
    int count = config.senders();
    workers = new DeliveryWorkers(batch::deliverNext, count);
    pool = Executors.newFixedThreadPool(count, threads);
  }

  @PreDestroy
  void stop() {
    pool.shutdownNow();
  }

  /** Something became due: starts a sender unless all are busy (one of them goes round again). */
  public void wake() {
    workers.request();
    if (!workers.full()) {
      submit();
    }
  }

  /** Starts every sender not running, for what became due without a wake-up. */
  void startAll() {
    for (int i = 0; i < config.senders() && !workers.full(); i++) {
      submit();
    }
  }

  private void submit() {
    try {
      pool.execute(this::work);
    } catch (RejectedExecutionException stopping) {
      LOG.log(Level.FINE, "Notification senders are stopping", stopping);
    }
  }

  private void work() {
    try {
      workers.work();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Notification delivery round failed; the next tick retries", e);
    }
  }
}
