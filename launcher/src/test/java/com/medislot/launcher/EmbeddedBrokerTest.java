package com.medislot.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedBrokerTest {

  private static final String USER = "medislot";
  private static final String PASSWORD = "s3cret-for-this-test";

  @TempDir static Path shared;

  private static EmbeddedBroker broker;

  @BeforeAll
  static void startBroker() {
    broker = EmbeddedBroker.start(shared.resolve("broker"), LocalPorts.freePort(), USER, PASSWORD);
  }

  @AfterAll
  static void stopBroker() {
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void theConfiguredUserSendsAndReceivesOverTcp() {
    assertThat(broker.url()).isEqualTo("tcp://127.0.0.1:" + broker.port());
    try (ActiveMQConnectionFactory factory = factory();
        JMSContext context = factory.createContext(USER, PASSWORD)) {
      Queue queue = context.createQueue("probe.send-receive");
      context.createProducer().send(queue, "hello");
      assertThat(context.createConsumer(queue).receiveBody(String.class, 5_000)).isEqualTo("hello");
    }
  }

  @Test
  void aWrongPasswordOrUnknownUserIsRefused() {
    try (ActiveMQConnectionFactory factory = factory()) {
      assertThatThrownBy(() -> factory.createConnection(USER, PASSWORD + "x").close())
          .isInstanceOf(JMSSecurityException.class);
      assertThatThrownBy(() -> factory.createConnection("guest", PASSWORD).close())
          .isInstanceOf(JMSSecurityException.class);
      assertThatThrownBy(() -> factory.createConnection().close())
          .isInstanceOf(JMSSecurityException.class);
    }
  }

  @Test
  void aMessageRolledBackFiveTimesLandsInTheDeadLetterQueue() throws JMSException {
    try (ActiveMQConnectionFactory factory = factory();
        Connection connection = factory.createConnection(USER, PASSWORD)) {
      connection.start();
      Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
      Queue queue = session.createQueue("probe.poison");
      session.createProducer(queue).send(session.createTextMessage("poison"));
      session.commit();

      MessageConsumer consumer = session.createConsumer(queue);
      MessageConsumer deadLetters =
          session.createConsumer(session.createQueue(EmbeddedBroker.DEAD_LETTER));
      // redelivered after 0.5, 1, 2 and 4 s
      for (int attempt = 1; attempt <= 5; attempt++) {
        Message message = consumer.receive(10_000);
        assertThat(message).as("delivery attempt %d", attempt).isNotNull();
        assertThat(message.getIntProperty("JMSXDeliveryCount")).isEqualTo(attempt);
        assertThat(deadLetters.receiveNoWait())
            .as("dead letter before attempt %d failed", attempt)
            .isNull();
        session.rollback();
      }
      Message dead = deadLetters.receive(5_000);
      assertThat(dead).isInstanceOf(TextMessage.class);
      assertThat(((TextMessage) dead).getText()).isEqualTo("poison");
      assertThat(consumer.receiveNoWait()).as("a sixth delivery").isNull();
      session.commit();
    }
  }

  @Test
  void itListensOnLoopbackOnly() {
    ListeningSockets.assertLoopbackOnly(broker.port());
  }

  @Test
  void persistentMessagesSurviveARestartOnTheSameDirectory(@TempDir Path root) throws JMSException {
    int port = LocalPorts.freePort();
    try (EmbeddedBroker first = EmbeddedBroker.start(root, port, USER, PASSWORD);
        ActiveMQConnectionFactory factory = factory(first);
        Connection connection = factory.createConnection(USER, PASSWORD)) {
      Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
      MessageProducer producer = session.createProducer(session.createQueue("probe.durable"));
      producer.setDeliveryMode(DeliveryMode.PERSISTENT);
      producer.send(session.createTextMessage("kept"));
    }
    try (EmbeddedBroker second = EmbeddedBroker.start(root, port, USER, PASSWORD);
        ActiveMQConnectionFactory factory = factory(second);
        JMSContext context = factory.createContext(USER, PASSWORD)) {
      assertThat(
              context
                  .createConsumer(context.createQueue("probe.durable"))
                  .receiveBody(String.class, 5_000))
          .isEqualTo("kept");
    }
  }

  @Test
  void producersAreBlockedOnlyBelowTheFreeDiskFloorItWasGiven(@TempDir Path root) throws Exception {
    long free = Files.getFileStore(root).getUsableSpace();
    // a floor above what the disk has free: the broker must refuse to take the message
    try (EmbeddedBroker starved =
            EmbeddedBroker.start(
                root.resolve("starved"), LocalPorts.freePort(), USER, PASSWORD, free + (1L << 40));
        ActiveMQConnectionFactory factory = factory(starved)) {
      // the broker looks at its disk every 5 s, the first time 5 s after it started
      Thread.sleep(6_000);
      CompletableFuture<Void> send =
          CompletableFuture.runAsync(
              () -> {
                try (JMSContext context = factory.createContext(USER, PASSWORD)) {
                  context.createProducer().send(context.createQueue("probe.disk"), "blocked");
                }
              });
      assertThatThrownBy(() -> send.get(6, TimeUnit.SECONDS))
          .as("a send while the disk is below the floor")
          .isInstanceOf(TimeoutException.class);
    }
    // a floor below it: the same message goes through, whatever share of the disk is in use
    try (EmbeddedBroker fed =
            EmbeddedBroker.start(root.resolve("fed"), LocalPorts.freePort(), USER, PASSWORD, 1);
        ActiveMQConnectionFactory factory = factory(fed);
        JMSContext context = factory.createContext(USER, PASSWORD)) {
      Queue queue = context.createQueue("probe.disk");
      context.createProducer().send(queue, "sent");
      assertThat(context.createConsumer(queue).receiveBody(String.class, 5_000)).isEqualTo("sent");
    }
    assertThatThrownBy(
            () ->
                EmbeddedBroker.start(
                    root.resolve("zero"), LocalPorts.freePort(), USER, PASSWORD, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aBusyPortIsReported() {
    assertThatThrownBy(
            () -> EmbeddedBroker.start(shared.resolve("other"), broker.port(), USER, PASSWORD))
        .isInstanceOf(LaunchException.class)
        .hasMessageContaining(Integer.toString(broker.port()));
  }

  private static ActiveMQConnectionFactory factory() {
    return factory(broker);
  }

  private static ActiveMQConnectionFactory factory(EmbeddedBroker target) {
    // no reconnection: a refused login must fail at once
    return new ActiveMQConnectionFactory(target.url() + "?reconnectAttempts=0");
  }
}
