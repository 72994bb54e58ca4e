package com.medislot.it;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/** Listens on the events topic from outside the application, as an integrator would. */
final class EventTap implements AutoCloseable {

  private final Connection connection;
  private final MessageConsumer consumer;

  EventTap() {
    var broker = TestStack.broker();
    try {
      ActiveMQConnectionFactory factory =
          new ActiveMQConnectionFactory(
              "tcp://127.0.0.1:" + broker.port(), broker.user(), broker.password());
      connection = factory.createConnection();
      Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
      consumer = session.createConsumer(session.createTopic("medislot.events"));
      connection.start();
    } catch (JMSException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every event text received within {@code wait}. */
  List<String> drain(Duration wait) {
    List<String> texts = new ArrayList<>();
    long deadline = System.nanoTime() + wait.toNanos();
    try {
      while (System.nanoTime() < deadline) {
        Message m = consumer.receive(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        if (m instanceof TextMessage text) {
          texts.add(text.getText());
        }
      }
    } catch (JMSException e) {
      throw new IllegalStateException(e);
    }
    return texts;
  }

  @Override
  public void close() throws JMSException {
    connection.close();
  }
}
