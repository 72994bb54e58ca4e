package com.medislot.booking.notification;

import com.medislot.booking.events.DomainEvent;
import com.medislot.booking.infrastructure.AfterCommit;
import com.medislot.booking.infrastructure.SchemaMigrator;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * Turns an event into pending notifications, in the consumer's transaction: the event is marked
 * processed and its messages stored together, or neither ({@link EventIntake} does the work). Its
 * commit wakes this node's senders, so a confirmation does not wait for the next poll.
 */
@Stateless
public class NotificationIntake {

  /** This consumer's name in {@code processed_event}. */
  public static final String CONSUMER = "notification";

  /** Marks a transaction whose commit already wakes the senders. */
  private static final Object WAKE_SENDERS = NotificationIntake.class.getName() + ".wake";

  @Resource(lookup = SchemaMigrator.DATASOURCE)
  private DataSource dataSource;

  @Inject private NotificationWiring wiring;
  @Inject private Clock clock;
  @Inject private NotificationSenders senders;
  @Resource private TransactionSynchronizationRegistry transactions;

  /** Handles one event; an event seen before, or of no interest to patients, changes nothing. */
  public void accept(DomainEvent event) {
    if (EventIntake.kindOf(event).isEmpty()) {
      return;
    }
    try (Connection c = dataSource.getConnection()) {
      if (wiring.intake().accept(c, event, clock.instant())) {
        wakeSendersOnCommit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot plan notifications for event " + event.id(), e);
    }
  }

  /** Once the stored messages are visible to other transactions, this node's senders look. */
  private void wakeSendersOnCommit() {
    AfterCommit.run(transactions, WAKE_SENDERS, senders::wake);
  }
}
