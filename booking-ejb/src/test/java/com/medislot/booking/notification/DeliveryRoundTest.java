package com.medislot.booking.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.medislot.booking.events.DomainEvent;
import com.medislot.booking.events.EventType;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Delivery rounds against real PostgreSQL, real SMTP (GreenMail) and a stub SMS gateway: what is
 * sent, when, and what happens to reminders of cancelled or moved appointments and to deliveries
 * that keep failing.
 */
class DeliveryRoundTest {

  private static final Instant START = Instant.parse("2026-12-10T09:00:00Z");
  private static final List<Duration> REMINDERS =
      List.of(Duration.ofHours(24), Duration.ofHours(2));
  private static final RetryPolicy RETRY =
      new RetryPolicy(3, Duration.ofMinutes(1), Duration.ofMinutes(10));

  private static NotificationDatabase db;

  private final NotificationStore store = new NotificationStore();
  private final AppointmentDetailsReader reader = new AppointmentDetailsReader("FR");
  private final Recorder recorder = new Recorder();
  private final List<String> sms = new CopyOnWriteArrayList<>();
  private GreenMail smtp;
  private HttpServer gateway;

  @BeforeAll
  static void startDatabase() throws Exception {
    db = NotificationDatabase.start();
  }

  @AfterAll
  static void stopDatabase() throws Exception {
    db.close();
  }

  @BeforeEach
  void start() throws Exception {
    db.sql("DELETE FROM notification");
    db.sql("DELETE FROM appointment");
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    smtp.start();
    gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    gateway.createContext(
        "/sms",
        exchange -> {
          sms.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    gateway.start();
  }

  @AfterEach
  void stop() {
    smtp.stop();
    gateway.stop(0);
  }

  @Test
  void confirmationThenReminderThenCancellationWithTheSameUid() throws Exception {
    long appointment = db.appointment(START);
    Instant booked = START.minus(Duration.ofDays(3));
    event(EventType.APPOINTMENT_CREATED, appointment, START, booked);

    assertThat(round(booked)).isEqualTo(2); // email and SMS now, reminders later
    MimeMessage confirmation = onlyMessage();
    ReceivedMail.Invite request = ReceivedMail.invite(confirmation).orElseThrow();
    assertThat(request.method()).isEqualTo("REQUEST");
    assertThat(request.eventProperty("SEQUENCE")).isEqualTo("0");
    assertThat(sms).hasSize(1).allSatisfy(s -> assertThat(s).contains("+33612345678"));
    assertThat(round(booked.plusSeconds(60))).isZero();

    assertThat(round(START.minus(Duration.ofHours(24)))).isEqualTo(2);
    assertThat(smtp.getReceivedMessages()).hasSize(2);
    MimeMessage reminder = smtp.getReceivedMessages()[1];
    assertThat(reminder.getSubject()).startsWith("Reminder");
    assertThat(ReceivedMail.invite(reminder)).isEmpty();

    Instant cancelledAt = START.minus(Duration.ofHours(5));
    db.sql("UPDATE appointment SET status = 'CANCELLED' WHERE id = " + appointment);
    event(EventType.APPOINTMENT_CANCELLED, appointment, START, cancelledAt);
    assertThat(round(cancelledAt)).isEqualTo(2);
    ReceivedMail.Invite cancel = ReceivedMail.invite(smtp.getReceivedMessages()[2]).orElseThrow();
    assertThat(cancel.method()).isEqualTo("CANCEL");
    assertThat(cancel.eventProperty("UID")).isEqualTo(request.eventProperty("UID"));
    assertThat(cancel.eventProperty("SEQUENCE")).isEqualTo("1");
    assertThat(cancel.eventProperty("STATUS")).isEqualTo("CANCELLED");

    // the 2 h reminder was withdrawn by the cancellation
    assertThat(round(START.minus(Duration.ofHours(2)))).isZero();
    assertThat(smtp.getReceivedMessages()).hasSize(3);
    assertThat(sms).hasSize(3);
    assertThat(recorder.sent).hasSize(6);
  }

  @Test
  void aMovedAppointmentGetsItsNewRemindersOnly() throws Exception {
    long appointment = db.appointment(START);
    Instant booked = START.minus(Duration.ofDays(3));
    event(EventType.APPOINTMENT_CREATED, appointment, START, booked);
    round(booked);

    Instant later = START.plus(Duration.ofDays(1));
    db.sql(
        "UPDATE appointment SET start_at = '"
            + later
            + "', end_at = '"
            + later.plusSeconds(1200)
            + "' WHERE id = "
            + appointment);
    event(EventType.APPOINTMENT_RESCHEDULED, appointment, later, booked.plusSeconds(3600));
    assertThat(round(booked.plusSeconds(3600))).isEqualTo(2);
    ReceivedMail.Invite change = ReceivedMail.invite(smtp.getReceivedMessages()[1]).orElseThrow();
    assertThat(change.method()).isEqualTo("REQUEST");
    assertThat(change.eventProperty("SEQUENCE")).isEqualTo("1");
    assertThat(change.eventProperty("DTSTART")).isEqualTo("20261211T090000Z");

    // nothing at the old reminder times, the new ones at theirs
    assertThat(round(START.minus(Duration.ofHours(2)))).isZero();
    assertThat(round(later.minus(Duration.ofHours(24)))).isEqualTo(2);
    assertThat(round(later.minus(Duration.ofHours(2)))).isEqualTo(2);
    assertThat(smtp.getReceivedMessages()).hasSize(4);
  }

  @Test
  void aReminderOfAnAppointmentCancelledBeforeItsEventArrivesIsSkipped() throws Exception {
    long appointment = db.appointment(START);
    Instant booked = START.minus(Duration.ofDays(3));
    event(EventType.APPOINTMENT_CREATED, appointment, START, booked);
    round(booked);
    db.sql("UPDATE appointment SET status = 'CANCELLED' WHERE id = " + appointment);

    assertThat(round(START.minus(Duration.ofHours(24)))).isEqualTo(2);
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(
            db.count(
                "SELECT count(*) FROM notification WHERE kind = 'REMINDER' AND status = 'SKIPPED'"
                    + " AND appointment_id = "
                    + appointment))
        .isEqualTo(2);
  }

  @Test
  void aDeliveryThatKeepsFailingIsRetriedLaterThenDeadLettered() throws Exception {
    long appointment = db.appointment(START);
    Instant booked = START.minus(Duration.ofDays(3));
    event(EventType.APPOINTMENT_CREATED, appointment, START, booked);
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    MailSender broken =
        new MailSender(
            new MailSettings(
                "127.0.0.1",
                closed,
                "no-reply@medislot.test",
                Optional.empty(),
                Optional.empty(),
                false,
                Duration.ofSeconds(2)));

    assertThat(round(broken, booked)).isEqualTo(2); // the SMS goes, the email fails
    assertThat(sms).hasSize(1);
    assertThat(recorder.failed).hasSize(1);
    assertThat(round(broken, booked.plusSeconds(59))).isZero(); // back-off: 1 min
    assertThat(round(broken, booked.plusSeconds(60))).isEqualTo(1);
    assertThat(round(broken, booked.plusSeconds(60 + 119))).isZero(); // then 2 min
    assertThat(recorder.dead).isEmpty();
    assertThat(round(broken, booked.plusSeconds(60 + 120))).isEqualTo(1);

    assertThat(recorder.failed).hasSize(3);
    assertThat(recorder.dead).hasSize(1);
    assertThat(recorder.dead.get(0).channel()).isEqualTo(Channel.EMAIL);
    assertThat(
            db.count(
                "SELECT count(*) FROM notification WHERE status = 'DEAD' AND attempts = 3"
                    + " AND last_error LIKE '%127.0.0.1:"
                    + closed
                    + "%'"))
        .isEqualTo(1);
    assertThat(round(broken, START.minus(Duration.ofHours(24)))).isEqualTo(2); // reminder
  }

  @Test
  void aWaitingListOfferIsEmailedOverSmtpWithoutAnInviteThenItsLapse() throws Exception {
    Instant offeredAt = START.minus(Duration.ofDays(2));
    Instant expiresAt = offeredAt.plus(Duration.ofMinutes(10));
    long hold = db.hold(START, expiresAt);

    assertThat(holdEvent(EventType.WAITLIST_OFFER_MADE, hold, expiresAt, true, offeredAt)).isTrue();
    assertThat(round(offeredAt)).isEqualTo(2);
    MimeMessage offer = onlyMessage();
    assertThat(offer.getSubject())
        .isEqualTo("Waiting list: Thu 10 Dec 2026 10:00 is offered to you until Tue 8 Dec 10:10");
    assertThat(offer.getAllRecipients()[0].toString()).isEqualTo("jane@example.org");
    String body = ReceivedMail.text(offer);
    assertThat(body)
        .contains("Consultation with Dr Claire Martin")
        .contains("Thursday 10 December 2026, 10:00 (Europe/Paris, UTC+01:00)")
        .contains("Cabinet Rivoli")
        .contains("until Tuesday 8 December 2026, 10:10 (Europe/Paris, UTC+01:00)")
        .contains("POST /api/v1/holds/" + hold + "/confirm");
    assertThat(ReceivedMail.invite(offer)).isEmpty();
    assertThat(sms).hasSize(1).allSatisfy(s -> assertThat(s).contains("waiting list"));
    // an offer plans no reminder
    assertThat(round(START.minus(Duration.ofHours(24)))).isZero();

    db.sql("UPDATE appointment SET status = 'EXPIRED' WHERE id = " + hold);
    Instant sweptAt = expiresAt.plusSeconds(3);
    assertThat(holdEvent(EventType.HOLD_EXPIRED, hold, expiresAt, true, sweptAt)).isTrue();
    assertThat(round(sweptAt)).isEqualTo(2);
    assertThat(smtp.getReceivedMessages()).hasSize(2);
    MimeMessage lapse = smtp.getReceivedMessages()[1];
    assertThat(lapse.getSubject())
        .isEqualTo("Waiting list: the offer of Thu 10 Dec 2026 10:00 has lapsed");
    assertThat(ReceivedMail.text(lapse)).contains("You stay on the waiting list");
    assertThat(ReceivedMail.invite(lapse)).isEmpty();
    assertThat(sms).hasSize(2);
  }

  @Test
  void aPatientsOwnHoldRunningOutSendsNothing() throws Exception {
    Instant placedAt = START.minus(Duration.ofDays(2));
    Instant expiresAt = placedAt.plus(Duration.ofMinutes(5));
    long hold = db.hold(START, expiresAt);
    db.sql("UPDATE appointment SET status = 'EXPIRED' WHERE id = " + hold);

    assertThat(holdEvent(EventType.HOLD_EXPIRED, hold, expiresAt, false, expiresAt)).isFalse();
    assertThat(db.count("SELECT count(*) FROM notification WHERE appointment_id = " + hold))
        .isZero();
    assertThat(round(expiresAt)).isZero();
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void anOfferConfirmedBeforeItsTurnCameIsSkipped() throws Exception {
    Instant offeredAt = START.minus(Duration.ofDays(2));
    long hold = db.hold(START, offeredAt.plus(Duration.ofMinutes(10)));
    holdEvent(
        EventType.WAITLIST_OFFER_MADE,
        hold,
        offeredAt.plus(Duration.ofMinutes(10)),
        true,
        offeredAt);
    db.sql("UPDATE appointment SET status = 'CONFIRMED', expires_at = NULL WHERE id = " + hold);

    assertThat(round(offeredAt.plusSeconds(30))).isEqualTo(2);
    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(sms).isEmpty();
    assertThat(
            db.count(
                "SELECT count(*) FROM notification WHERE status = 'SKIPPED' AND appointment_id = "
                    + hold))
        .isEqualTo(2);
  }

  /** A hold event through the consumer's real intake, as the message-driven bean hands it on. */
  private boolean holdEvent(
      EventType type, long hold, Instant expiresAt, boolean waitlistOffer, Instant now)
      throws Exception {
    JsonObjectBuilder data =
        Json.createObjectBuilder()
            .add("appointmentId", hold)
            .add("practitionerId", db.practitionerId)
            .add("locationId", db.locationId)
            .add("motiveId", db.motiveId)
            .add("start", START.toString())
            .add("end", START.plusSeconds(1200).toString())
            .add("holdId", hold)
            .add("patientId", db.patientId)
            .add("expiresAt", expiresAt.toString());
    if (waitlistOffer) {
      data.add("waitlistEntryId", 3);
    }
    EventIntake intake = new EventIntake(store, reader, true, REMINDERS, code -> Optional.empty());
    try (Connection c = db.dataSource.getConnection()) {
      c.setAutoCommit(false);
      boolean planned =
          intake.accept(c, DomainEvent.of(type, now, db.practitionerId, data.build()), now);
      c.commit();
      return planned;
    }
  }

  private void event(EventType type, long appointment, Instant start, Instant now)
      throws Exception {
    try (Connection c = db.dataSource.getConnection()) {
      c.setAutoCommit(false);
      UUID id = UUID.randomUUID();
      assertThat(store.markProcessed(c, NotificationIntake.CONSUMER, id, now)).isTrue();
      int sequence = type == EventType.APPOINTMENT_CREATED ? 0 : store.nextSequence(c, appointment);
      if (type != EventType.APPOINTMENT_CREATED) {
        store.skipPendingReminders(c, appointment, now);
      }
      store.schedule(
          c,
          NotificationPlanner.plan(
              NotificationPlanner.kindOf(type, false),
              id,
              appointment,
              start,
              now,
              sequence,
              REMINDERS,
              EnumSet.of(Channel.EMAIL, Channel.SMS)),
          now);
      c.commit();
    }
  }

  private int round(Instant now) throws Exception {
    return round(
        new MailSender(
            new MailSettings(
                "127.0.0.1",
                smtp.getSmtp().getPort(),
                "no-reply@medislot.test",
                Optional.empty(),
                Optional.empty(),
                false,
                Duration.ofSeconds(5))),
        now);
  }

  private int round(MailSender mail, Instant now) throws Exception {
    URI endpoint = URI.create("http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms");
    Deliverer deliverer =
        new Deliverer(
            mail,
            Optional.of(
                new HttpSmsGateway(
                    new SmsSettings(true, endpoint, Optional.empty(), Duration.ofSeconds(5)))));
    DeliveryRound round = new DeliveryRound(store, reader, deliverer, RETRY, recorder);
    int claimed = 0;
    try (Connection c = db.dataSource.getConnection()) {
      c.setAutoCommit(false);
      while (round.deliverNext(c, now)) {
        c.commit(); // one message per transaction, as DeliveryBatch does
        claimed++;
      }
      c.commit();
    }
    return claimed;
  }

  private MimeMessage onlyMessage() {
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    return smtp.getReceivedMessages()[0];
  }

  private static final class Recorder implements DeliveryListener {
    final List<StoredNotification> sent = new CopyOnWriteArrayList<>();
    final List<StoredNotification> failed = new CopyOnWriteArrayList<>();
    final List<StoredNotification> dead = new CopyOnWriteArrayList<>();

    @Override
    public void sent(StoredNotification n) {
      sent.add(n);
    }

    @Override
    public void failed(StoredNotification n, String error) {
      failed.add(n);
    }

    @Override
    public void deadLettered(StoredNotification n, String error) {
      dead.add(n);
    }
  }
}
