package com.medislot.booking.events;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Topic;
import java.util.List;
import java.util.Objects;

/**
 * Sends outbox entries to the events topic in one local JMS transaction: the broker stores the
 * whole batch with one commit, or none of it. Each message carries the event type and subject as
 * properties, for selectors.
 */
public final class TopicSender implements Outbox.Sender {

  private final ConnectionFactory connectionFactory;

  public TopicSender(ConnectionFactory connectionFactory) {
    this.connectionFactory = Objects.requireNonNull(connectionFactory);
  }

  @Override
  public void send(List<Outbox.Entry> entries) {
    try (JMSContext context = connectionFactory.createContext(JMSContext.SESSION_TRANSACTED)) {
      Topic topic = context.createTopic(EventPublisher.TOPIC);
      JMSProducer producer = context.createProducer();
      for (Outbox.Entry e : entries) {
        producer
            .setProperty("type", e.type())
            .setProperty("subject", "practitioner/" + e.practitionerId())
            .send(topic, e.body());
      }
      context.commit();
    }
  }
}
