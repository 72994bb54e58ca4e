package com.medislot.booking.notification;

import com.medislot.booking.infrastructure.SchemaMigrator;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Delivers one notification with {@link DeliveryRound} in a transaction of its own. */
@Stateless
public class DeliveryBatch {

  private static final Logger LOG = Logger.getLogger(DeliveryBatch.class.getName());

  @Resource(lookup = SchemaMigrator.DATASOURCE)
  private DataSource dataSource;

  @Inject private NotificationWiring wiring;
  @Inject private NotificationMetrics metrics;
  @Inject private DeadLetterQueue deadLetters;
  @Inject private Clock clock;

  /**
   * @return whether a notification was claimed (false: nothing is due)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean deliverNext() {
    try (Connection c = dataSource.getConnection()) {
      return wiring.round(listener()).deliverNext(c, clock.instant());
    } catch (SQLException e) {
      throw new IllegalStateException("notification delivery round failed", e);
    }
  }

  private DeliveryListener listener() {
    return new DeliveryListener() {
      @Override
      public void sent(StoredNotification n) {
        metrics.sent(n.channel());
      }

      @Override
      public void failed(StoredNotification n, String error) {
        metrics.failed(n.channel());
        LOG.warning(
            () ->
                "Notification "
                    + n.id()
                    + " ("
                    + n.kind()
                    + " by "
                    + n.channel()
                    + ") failed, attempt "
                    + (n.attempts() + 1)
                    + ": "
                    + error);
      }

      @Override
      public void deadLettered(StoredNotification n, String error) {
        metrics.deadLettered(n.channel());
        deadLetters.publish(n, error);
      }
    };
  }
}
