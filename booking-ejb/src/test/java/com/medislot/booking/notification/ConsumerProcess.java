package com.medislot.booking.notification;

import com.medislot.booking.events.DomainEvent;
import com.medislot.booking.events.EventPublisher;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * The notification consumer's side, run as a process of its own so that a test can kill it at any
 * instant: it reads the shared durable subscription like {@link NotificationConsumer}, hands each
 * event to {@link EventIntake} like {@link NotificationIntake}, and delivers due notifications with
 * {@link DeliveryRound} in the transactions {@link DeliveryBatch} uses. Only the container's glue
 * differs: the event is acknowledged after the database commit instead of in one XA transaction
 * with it, which can only redeliver an event already recorded, and {@code processed_event} drops
 * that.
 *
 * <p>Arguments: JDBC URL, database user, broker URL, SMTP port.
 */
public final class ConsumerProcess {

  private static final Duration POLL = Duration.ofMillis(50);

  private ConsumerProcess() {}

  public static void main(String[] args) throws Exception {
    String jdbcUrl = args[0];
    String dbUser = args[1];
    String brokerUrl = args[2];
    int smtpPort = Integer.parseInt(args[3]);

    NotificationStore store = new NotificationStore();
    AppointmentDetailsReader reader = new AppointmentDetailsReader("FR");
    EventIntake intake =
        new EventIntake(
            store,
            reader,
            false,
            List.of(Duration.ofHours(24), Duration.ofHours(2)),
            code -> Optional.empty());
    MailSender mail =
        new MailSender(
            new MailSettings(
                "127.0.0.1",
                smtpPort,
                "no-reply@medislot.test",
                Optional.empty(),
                Optional.empty(),
                false,
                Duration.ofSeconds(5)));
    DeliveryRound round =
        new DeliveryRound(
            store,
            reader,
            new Deliverer(mail, Optional.empty()),
            new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(5)),
            new LoggingListener());

    Thread delivery =
        new Thread(
            () -> {
              try {
                deliverForever(jdbcUrl, dbUser, round);
              } catch (Exception e) {
                e.printStackTrace();
                System.exit(2);
              }
            },
            "delivery");
    delivery.setDaemon(true);
    delivery.start();
    consumeForever(jdbcUrl, dbUser, brokerUrl, intake);
  }

  private static void consumeForever(
      String jdbcUrl, String dbUser, String brokerUrl, EventIntake intake)
      throws JMSException, SQLException {
    try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(brokerUrl);
        jakarta.jms.Connection jms = factory.createConnection();
        Session session = jms.createSession(true, Session.SESSION_TRANSACTED);
        Connection db = DriverManager.getConnection(jdbcUrl, dbUser, "")) {
      db.setAutoCommit(false);
      MessageConsumer consumer =
          session.createSharedDurableConsumer(
              session.createTopic(EventPublisher.TOPIC), NotificationConsumer.SUBSCRIPTION);
      jms.start();
      System.out.println("consuming");
      while (true) {
        Message message = consumer.receive(POLL.toMillis());
        if (message == null) {
          continue;
        }
        Optional<DomainEvent> event = DomainEvent.parse(((TextMessage) message).getText());
        if (event.isPresent()) {
          intake.accept(db, event.get(), Instant.now());
        }
        db.commit();
        session.commit();
      }
    }
  }

  private static void deliverForever(String jdbcUrl, String dbUser, DeliveryRound round)
      throws SQLException, InterruptedException {
    try (Connection db = DriverManager.getConnection(jdbcUrl, dbUser, "")) {
      db.setAutoCommit(false);
      while (true) {
        boolean claimed = round.deliverNext(db, Instant.now());
        db.commit();
        if (!claimed) {
          Thread.sleep(POLL.toMillis());
        }
      }
    }
  }

  private static final class LoggingListener implements DeliveryListener {
    @Override
    public void sent(StoredNotification n) {
      System.out.println("sent " + n.id());
    }

    @Override
    public void failed(StoredNotification n, String error) {
      System.out.println("failed " + n.id() + ": " + error);
    }

    @Override
    public void deadLettered(StoredNotification n, String error) {
      System.out.println("dead " + n.id());
    }
  }
}
