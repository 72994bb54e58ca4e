package com.medislot.booking.notification;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One pass over the due notifications inside the caller's transaction: claim a batch (rows other
 * claimers hold are passed over), deliver each, record the outcome. A failed delivery is put back
 * with a growing delay; after the last attempt it is marked dead and dead-lettered.
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
   * @return how many rows were claimed (a full batch means more may be due)
   */
  public int run(Connection c, Instant now, int limit) throws SQLException {
    List<StoredNotification> claimed = store.claimDue(c, now, limit);
    for (StoredNotification n : claimed) {
      Optional<AppointmentDetails> details = reader.read(c, n.appointmentId());
      if (details.isEmpty()) {
        store.finish(c, n.id(), "SKIPPED", now, null);
        continue;
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
    }
    return claimed.size();
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
