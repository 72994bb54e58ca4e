package com.medislot.booking.events;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.List;
import java.util.Objects;

/**
 * Sends outbox entries to the events topic in one local JMS transaction: the broker stores the
 * whole batch with one commit, or none of it. Each message carries the event type and subject as
 * properties, for selectors.
 *
 * <p>The classic API on purpose: outside a JTA transaction the resource adapter refuses a
 * transacted {@code JMSContext}, but gives a transacted session when its connection factory allows
 * local transactions.
 */
public final class TopicSender implements Outbox.Sender {

  private final ConnectionFactory connectionFactory;

  public TopicSender(ConnectionFactory connectionFactory) {
    this.connectionFactory = Objects.requireNonNull(connectionFactory);
  }

  @Override
  public void send(List<Outbox.Entry> entries) {
    try (Connection connection = connectionFactory.createConnection();
        Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
        MessageProducer producer =
            session.createProducer(session.createTopic(EventPublisher.TOPIC))) {
      for (Outbox.Entry e : entries) {
        TextMessage message = session.createTextMessage(e.body());
        message.setStringProperty("type", e.type());
        message.setStringProperty("subject", "practitioner/" + e.practitionerId());
        producer.send(message);
      }
      session.commit();
    } catch (JMSException e) {
      throw new JMSRuntimeException(
          "Could not send " + entries.size() + " events: " + e.getMessage(), e.getErrorCode(), e);
    }
  }
}
