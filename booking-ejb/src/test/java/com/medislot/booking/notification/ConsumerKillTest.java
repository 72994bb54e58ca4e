package com.medislot.booking.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.medislot.booking.events.DomainEvent;
import com.medislot.booking.events.EventPublisher;
import com.medislot.booking.events.EventType;
import com.medislot.booking.testing.TestBroker;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntSupplier;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A committed booking ends with exactly one confirmation email even when the notification consumer
 * is killed mid-way: the consumer runs in a child JVM ({@link ConsumerProcess}) against a real
 * Artemis broker, a real PostgreSQL and a real SMTP server (GreenMail), and is killed with {@code
 * SIGKILL} three times while events are still arriving and emails going out, each time right after
 * an email reached the server, then started again.
 */
class ConsumerKillTest {

  private static final int APPOINTMENTS = 50;
  private static final int BURST = 20;
  private static final Duration TRICKLE = Duration.ofMillis(150);
  private static final int[] KILL_AFTER_EMAILS = {3, 20, 35};
  private static final Duration DEADLINE = Duration.ofSeconds(90);

  private NotificationDatabase db;
  private TestBroker broker;
  private String brokerUrl;
  private GreenMail smtp;
  private Process child;
  private final List<Path> logs = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    db = NotificationDatabase.start();
    broker = TestBroker.start();
    brokerUrl = broker.url();
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    smtp.start();
  }

  @AfterEach
  void stop() throws Exception {
    if (child != null) {
      child.destroyForcibly().waitFor();
    }
    smtp.stop();
    broker.close();
    db.close();
  }

  @Test
  void everyBookingGetsExactlyOneConfirmationThoughTheConsumerIsKilledThreeTimes()
      throws Exception {
    Instant firstStart = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
    List<DomainEvent> events = new ArrayList<>();
    for (int i = 0; i < APPOINTMENTS; i++) {
      Instant start = firstStart.plus(Duration.ofMinutes(30L * i));
      long id = db.appointment(start);
      events.add(
          DomainEvent.of(
              EventType.APPOINTMENT_CREATED,
              Instant.now(),
              db.practitionerId,
              Json.createObjectBuilder()
                  .add("appointmentId", id)
                  .add("practitionerId", db.practitionerId)
                  .add("locationId", db.locationId)
                  .add("motiveId", db.motiveId)
                  .add("start", start.toString())
                  .add("end", start.plusSeconds(1200).toString())
                  .build()));
    }

    try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(brokerUrl);
        jakarta.jms.Connection jms = factory.createConnection();
        Session session = jms.createSession(true, Session.SESSION_TRANSACTED)) {
      Topic topic = session.createTopic(EventPublisher.TOPIC);
      // The subscription outlives its consumers, as it does once the application has run.
      session.createSharedDurableConsumer(topic, NotificationConsumer.SUBSCRIPTION).close();
      MessageProducer producer = session.createProducer(topic);

      startChild();
      // A burst, so that a delivery round has many rows in hand when the first kill comes...
      for (DomainEvent e : events.subList(0, BURST)) {
        send(session, producer, e);
      }
      session.commit();
      List<String> kills = new ArrayList<>();
      List<Integer> emailsAtKills = new ArrayList<>();
      List<Integer> publishedAtKills = new ArrayList<>();
      int next = BURST;
      for (int threshold : KILL_AFTER_EMAILS) {
        // ...then a steady trickle, so that events are still arriving at each kill.
        // GreenMail wakes this thread as soon as the threshold-th message is stored.
        while (!smtp.waitForIncomingEmail(TRICKLE.toMillis(), threshold)) {
          if (next < APPOINTMENTS) {
            send(session, producer, events.get(next++));
            session.commit();
          }
        }
        child.destroyForcibly().waitFor();
        emailsAtKills.add(received());
        publishedAtKills.add(next);
        kills.add(
            elapsed()
                + " killed after "
                + received()
                + " emails, "
                + db.count("SELECT count(*) FROM processed_event")
                + " events recorded, "
                + next
                + " published");
        startChild();
        kills.add(elapsed() + " restarted");
      }
      while (next < APPOINTMENTS) {
        send(session, producer, events.get(next++));
        session.commit();
      }
      kills.add(elapsed() + " all published, consumer restarted");
      System.out.println(String.join("\n", kills));
      // Every kill came mid-way: some confirmations out, others still to send.
      assertThat(emailsAtKills).allSatisfy(n -> assertThat(n).isBetween(1, APPOINTMENTS - 1));
      // The first kill also cut the stream of events: the next consumer had to take it up.
      assertThat(publishedAtKills.get(0)).isLessThan(APPOINTMENTS);
    }

    waitUntil(
        () -> {
          try {
            return db.count(
                        "SELECT count(*) FROM notification WHERE kind = 'CONFIRMATION'"
                            + " AND status = 'SENT'")
                    == APPOINTMENTS
                ? 1
                : 0;
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        },
        DEADLINE);
    System.out.println(elapsed() + " every confirmation recorded as sent");
    // Time for a late duplicate to show, had anything been left to send twice.
    Thread.sleep(1000);
    child.destroyForcibly().waitFor();

    Map<String, List<String>> perAppointment = new TreeMap<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      String uid = ReceivedMail.invite(m).orElseThrow().eventProperty("UID");
      perAppointment.computeIfAbsent(uid, k -> new ArrayList<>()).add(m.getMessageID());
    }
    int copiesSentAgain = smtp.getReceivedMessages().length - perAppointment.size();
    System.out.println(
        "confirmation copies sent again after a kill: " + copiesSentAgain + ", logs " + logs);
    // None lost.
    assertThat(perAppointment).hasSize(APPOINTMENTS);
    // Exactly one message per appointment: any second copy is the same message (same Message-ID),
    // which a mail store files once...
    assertThat(perAppointment)
        .allSatisfy(
            (uid, ids) -> assertThat(ids).as("Message-IDs of %s", uid).containsOnly(ids.get(0)));
    // ...and a second copy exists only for a message the server had accepted when its sender was
    // killed before recording it: at most one per kill (ADR 0009).
    assertThat(copiesSentAgain).isLessThanOrEqualTo(KILL_AFTER_EMAILS.length);
    assertThat(db.count("SELECT count(*) FROM processed_event WHERE consumer = 'notification'"))
        .isEqualTo(APPOINTMENTS);
    assertThat(db.count("SELECT count(*) FROM notification WHERE kind = 'CONFIRMATION'"))
        .isEqualTo(APPOINTMENTS);
    assertThat(db.count("SELECT count(*) FROM notification WHERE kind = 'REMINDER'"))
        .isEqualTo(2L * APPOINTMENTS);
  }

  private static void send(Session session, MessageProducer producer, DomainEvent e)
      throws Exception {
    TextMessage message = session.createTextMessage(e.toJson());
    message.setStringProperty("type", e.type().wireName());
    producer.send(message);
  }

  private final long begin = System.nanoTime();

  private String elapsed() {
    return Duration.ofNanos(System.nanoTime() - begin).toMillis() + " ms:";
  }

  private int received() {
    return smtp.getReceivedMessages().length;
  }

  private void startChild() throws IOException, InterruptedException {
    // under the build's output, kept for the failure message, removed with the build
    Path logDir = Files.createDirectories(Path.of("target", "consumer-kill"));
    Path log = Files.createTempFile(logDir, "consumer-process-", ".log");
    logs.add(log);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    child =
        new ProcessBuilder(
                java,
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-Duser.timezone=UTC",
                "-cp",
                System.getProperty("java.class.path"),
                ConsumerProcess.class.getName(),
                db.postgres.getJdbcUrl("postgres", "postgres"),
                "postgres",
                brokerUrl,
                Integer.toString(smtp.getSmtp().getPort()))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    waitUntil(
        () -> {
          try {
            return Files.readString(log).contains("consuming") ? 1 : 0;
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        },
        Duration.ofSeconds(30));
    assertThat(child.isAlive()).as("consumer process, log %s", log).isTrue();
  }

  private static void waitUntil(IntSupplier condition, Duration timeout)
      throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (condition.getAsInt() == 0 && System.nanoTime() < end) {
      Thread.sleep(20);
    }
  }
}
