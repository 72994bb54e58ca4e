package com.medislot.booking.notification;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Delivers the next due notification inside the caller's transaction: claim one row (rows other
 * claimers hold are passed over), deliver it, record the outcome. A failed delivery is put back
 * with a growing delay; after the last attempt it is marked dead and dead-lettered.
 *
 * <p>One message per transaction, committed by the caller right after: a process that dies after
 * the SMTP server accepted a message and before the commit leaves that row pending, and it is sent
 * again (at-least-once). Claiming a batch in one transaction would put every message sent earlier
 * in that batch back in the same position; one row bounds what a crash can send twice to the one
 * message that was in flight (ADR 0009).
 */
public final class DeliveryRound {

  private final NotificationStore store;
  private final AppointmentDetailsReader reader;
  private final Deliverer deliverer;
  private final RetryPolicy retry;
  private final DeliveryListener listener;

  DeliveryRound(
      NotificationStore store,
      AppointmentDetailsReader reader,
      Deliverer deliverer,
      RetryPolicy retry,
      DeliveryListener listener) {
    this.store = store;
    this.reader = reader;
    this.deliverer = deliverer;
    this.retry = retry;
    this.listener = listener;
  }

  /**
   * @return whether a due notification was claimed (false: nothing is due now)
   */
  public boolean deliverNext(Connection c, Instant now) throws SQLException {
    List<StoredNotification> claimed = store.claimDue(c, now, 1);
    if (claimed.isEmpty()) {
      return false;
    }
    StoredNotification n = claimed.get(0);
    Optional<AppointmentDetails> details = reader.read(c, n.appointmentId());
    if (details.isEmpty()) {
      store.finish(c, n.id(), "SKIPPED", now, null);
      return true;
    }
    try {
      boolean sent = deliverer.deliver(n, details.get(), now);
      store.finish(c, n.id(), sent ? "SENT" : "SKIPPED", now, null);
      if (sent) {
        listener.sent(n);
      }
    } catch (DeliveryException | RuntimeException e) {
      failed(c, n, now, String.valueOf(e.getMessage()));
    }
    return true;
  }

  private void failed(Connection c, StoredNotification n, Instant now, String error)
      throws SQLException {
    listener.failed(n, error);
    Optional<Duration> delay = retry.delayAfter(n.attempts() + 1);
    if (delay.isPresent()) {
      store.retryAt(c, n.id(), now.plus(delay.get()), error);
    } else {
      store.finish(c, n.id(), "DEAD", now, error);
      listener.deadLettered(n, error);
    }
  }
}
