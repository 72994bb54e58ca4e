package com.medislot.booking.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.medislot.booking.testing.TestBroker;
import com.medislot.booking.testing.TestPostgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox against a real PostgreSQL (the Flyway schema) and a real Artemis broker: what a
 * transaction appends reaches the topic once it commits, in order, and never if it rolls back; a
 * failed send loses nothing; relays racing on the same rows, as several nodes do, send every event
 * exactly once.
 */
class OutboxTest {

  private static EmbeddedPostgres postgres;
  private static DataSource dataSource;
  private static TestBroker broker;
  private static ActiveMQConnectionFactory factory;

  @BeforeAll
  static void start() throws Exception {
    postgres = TestPostgres.startMigrated();
    dataSource = postgres.getPostgresDatabase();
    broker = TestBroker.start();
    factory = new ActiveMQConnectionFactory(broker.url());
  }

  @AfterAll
  static void stop() throws Exception {
    factory.close();
    broker.close();
    postgres.close();
  }

  @BeforeEach
  void emptyOutbox() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("DELETE FROM event_outbox");
    }
  }

  @Test
  void committedEventsReachTheTopicInOrderAndRolledBackOnesNever() throws Exception {
    List<DomainEvent> committed = List.of(event(1), event(2), event(3));
    try (Connection c = transaction()) {
      for (DomainEvent e : committed) {
        append(c, e);
      }
      c.commit();
      append(c, event(4));
      c.rollback();
    }
    try (JMSContext context = factory.createContext();
        JMSConsumer consumer = context.createConsumer(context.createTopic(EventPublisher.TOPIC));
        Connection c = transaction()) {
      assertThat(Outbox.relay(c, new TopicSender(factory), 100)).isEqualTo(3);
      List<Message> received = drain(consumer);
      assertThat(received).hasSize(3);
      for (int i = 0; i < 3; i++) {
        Message m = received.get(i);
        DomainEvent e = committed.get(i);
        assertThat(DomainEvent.parse(((TextMessage) m).getText())).contains(e);
        assertThat(m.getStringProperty("type")).isEqualTo("AppointmentCreated");
        assertThat(m.getStringProperty("subject")).isEqualTo("practitioner/" + e.practitionerId());
      }
      assertThat(Outbox.pending(c)).isZero();
      assertThat(Outbox.relay(c, new TopicSender(factory), 100)).isZero();
    }
  }

  @Test
  void aFailedSendLeavesTheEventsForTheNextRelay() throws Exception {
    try (Connection c = transaction()) {
      append(c, event(1));
      append(c, event(2));
      c.commit();
    }
    try (JMSContext context = factory.createContext();
        JMSConsumer consumer = context.createConsumer(context.createTopic(EventPublisher.TOPIC));
        Connection c = transaction()) {
      // the broker refuses half-way through the batch: its transaction never commits
      TopicSender real = new TopicSender(factory);
      Outbox.Sender failing =
          entries -> {
            try (JMSContext tx = factory.createContext(JMSContext.SESSION_TRANSACTED)) {
              tx.createProducer().send(tx.createTopic(EventPublisher.TOPIC), entries.get(0).body());
              throw new IllegalStateException("broker went away");
            }
          };
      assertThatThrownBy(() -> Outbox.relay(c, failing, 100))
          .hasMessageContaining("broker went away");
      assertThat(Outbox.pending(c)).isEqualTo(2);
      assertThat(drain(consumer)).isEmpty();

      assertThat(Outbox.relay(c, real, 100)).isEqualTo(2);
      assertThat(drain(consumer)).hasSize(2);
      assertThat(Outbox.pending(c)).isZero();
    }
  }

  @Test
  void theOldestWaitingEventIsTheFirstAppendedUntilItIsSent() throws Exception {
    try (Connection c = transaction()) {
      assertThat(Outbox.oldest(c)).isEmpty();
      // appended out of time order: the outbox's own order counts, not the event time
      DomainEvent first = eventAt(Instant.parse("2026-12-01T08:00:02Z"));
      DomainEvent second = eventAt(Instant.parse("2026-12-01T08:00:01Z"));
      append(c, first);
      append(c, second);
      c.commit();
      assertThat(Outbox.oldest(c)).contains(first.time());
      assertThat(Outbox.pending(c)).isEqualTo(2);
      assertThat(Outbox.relay(c, entries -> {}, 1)).isEqualTo(1);
      assertThat(Outbox.oldest(c)).contains(second.time());
      assertThat(Outbox.relay(c, entries -> {}, 1)).isEqualTo(1);
      assertThat(Outbox.oldest(c)).isEmpty();
    }
  }

  @Test
  void theRelayRefusesAConnectionThatCommitsEachStatement() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      assertThatThrownBy(() -> Outbox.relay(c, entries -> {}, 10))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void racingRelaysSendEveryEventExactlyOnce() throws Exception {
    int events = 600;
    int relays = 4;
    List<String> appended = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicInteger sent = new AtomicInteger();
    List<Integer> perRelay = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(relays + 1);
    try (JMSContext context = factory.createContext();
        JMSConsumer consumer = context.createConsumer(context.createTopic(EventPublisher.TOPIC))) {
      List<Future<?>> tasks = new ArrayList<>();
      tasks.add(
          pool.submit(
              () -> {
                // the writer: transactions of 1 to 5 events, like bookings and imports
                try (Connection c = transaction()) {
                  int n = 0;
                  while (n < events) {
                    int size = Math.min(events - n, ThreadLocalRandom.current().nextInt(1, 6));
                    for (int i = 0; i < size; i++) {
                      DomainEvent e = event(n++);
                      append(c, e);
                      appended.add(e.id().toString());
                    }
                    c.commit();
                  }
                } finally {
                  writing.set(false);
                }
                return null;
              }));
      for (int r = 0; r < relays; r++) {
        tasks.add(
            pool.submit(
                () -> {
                  int mine = 0;
                  TopicSender sender = new TopicSender(factory);
                  try (Connection c = transaction()) {
                    while (writing.get() || Outbox.pending(c) > 0) {
                      int n = Outbox.relay(c, sender, 7);
                      mine += n;
                      c.commit();
                    }
                  }
                  sent.addAndGet(mine);
                  perRelay.add(mine);
                  return null;
                }));
      }
      for (Future<?> t : tasks) {
        t.get(120, TimeUnit.SECONDS);
      }
      List<Message> received = drain(consumer);
      List<String> ids = new ArrayList<>();
      for (Message m : received) {
        ids.add(DomainEvent.parse(((TextMessage) m).getText()).orElseThrow().id().toString());
      }
      assertThat(sent.get()).isEqualTo(events);
      assertThat(ids).hasSize(events);
      assertThat(new HashSet<>(ids)).isEqualTo(Set.copyOf(appended));
      assertThat(perRelay.stream().filter(n -> n > 0).count())
          .as("relays that sent something: %s", perRelay)
          .isGreaterThan(1);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Connection transaction() throws SQLException {
    Connection c = dataSource.getConnection();
    c.setAutoCommit(false);
    return c;
  }

  /** Appends the event in the connection's transaction, as the publisher's native query does. */
  private static void append(Connection c, DomainEvent event) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(Outbox.APPEND)) {
      List<Object> values = Outbox.values(event);
      for (int i = 0; i < values.size(); i++) {
        s.setObject(i + 1, values.get(i));
      }
      s.executeUpdate();
    }
  }

  private static DomainEvent eventAt(Instant time) {
    return DomainEvent.of(
        EventType.APPOINTMENT_CREATED,
        time,
        1000,
        Json.createObjectBuilder().add("appointmentId", 1).build());
  }

  private static DomainEvent event(int n) {
    return DomainEvent.of(
        EventType.APPOINTMENT_CREATED,
        Instant.now(),
        1000 + n % 17,
        Json.createObjectBuilder().add("appointmentId", n).build());
  }

  /** Every message the consumer has, until none arrives for half a second. */
  private static List<Message> drain(JMSConsumer consumer) throws JMSException {
    List<Message> messages = new ArrayList<>();
    for (Message m = consumer.receive(2000); m != null; m = consumer.receive(500)) {
      messages.add(m);
    }
    return messages;
  }
}
