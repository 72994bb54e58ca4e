package com.medislot.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.Json;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notifications end to end: bookings and cancellations through the API produce emails with
 * iCalendar invites on a real SMTP server (GreenMail, started by {@link TestStack}); a booking
 * whose transaction rolls back produces none; a waiting-list offer and its lapse are told to the
 * waiting patient, a patient's own hold running out is not.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationIT {

  private static final Duration MAIL_WAIT = Duration.ofSeconds(20);
  private static final String PASSWORD = "correct horse battery";
  private static final DateTimeFormatter LONG =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu, HH:mm", Locale.ENGLISH);

  /** Longest wait for the emails earlier test classes left due to be sent. */
  private static final Duration BACKLOG_WAIT = Duration.ofMinutes(5);

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.rootWar();
  }

  /**
   * The suite shares one database: the booking race test alone leaves thousands of emails due, and
   * they go out first, in order. A test here times its own emails, so it starts once the emails
   * already due are sent; a node that cannot send them fails here, saying so.
   */
  @BeforeEach
  void emailsAlreadyDueAreSent() throws Exception {
    long deadline = System.nanoTime() + BACKLOG_WAIT.toNanos();
    long due = dueEmails();
    while (due > 0 && System.nanoTime() < deadline) {
      Thread.sleep(500);
      due = dueEmails();
    }
    assertThat(due).as("emails due before this test, still unsent after %s", BACKLOG_WAIT).isZero();
  }

  private static long dueEmails() throws SQLException {
    try (Connection c = database();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM notification WHERE status = 'PENDING' AND channel = 'EMAIL'"
                    + " AND due_at <= now() AND attempts = 0")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void bookingSendsOneConfirmationAndCancellingSendsACancelWithTheSameUid() throws Exception {
    Target target = Target.pick(20);
    String slot = target.slots().get(target.slots().size() / 2);
    String email = newEmail();
    String token = register(email, Optional.of("06 12 34 56 78"));

    Api.Answer booked = Api.book(token, target.bookingBody(slot), UUID.randomUUID().toString());
    assertThat(booked.status()).as(booked.body()).isEqualTo(201);
    long id = booked.json().getJsonNumber("id").longValue();

    MimeMessage confirmation = awaitMessages(email, 1).get(0);
    assertThat(confirmation.getSubject()).startsWith("Appointment confirmed");
    Calendar request = invite(confirmation);
    assertThat(request.getRequiredProperty("METHOD").getValue()).isEqualTo("REQUEST");
    String uid = event(request, "UID");
    assertThat(uid).isEqualTo("appointment-" + id + "@medislot");
    assertThat(event(request, "SEQUENCE")).isEqualTo("0");
    assertThat(event(request, "DTSTART")).isEqualTo(icalUtc(slot));

    Api.Answer cancelled =
        Api.post("appointments/" + id + "/cancel", "", Optional.of(token), Map.of());
    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    List<MimeMessage> both = awaitMessages(email, 2);
    Calendar cancel = invite(both.get(1));
    assertThat(cancel.getRequiredProperty("METHOD").getValue()).isEqualTo("CANCEL");
    assertThat(event(cancel, "UID")).isEqualTo(uid);
    assertThat(Integer.parseInt(event(cancel, "SEQUENCE"))).isGreaterThan(0);

    // a second cancel changes nothing and sends nothing; no duplicate of either message comes
    Api.post("appointments/" + id + "/cancel", "", Optional.of(token), Map.of());
    Thread.sleep(3000);
    assertThat(messagesTo(email)).hasSize(2);
    // the patient's phone is kept in E.164 form
    assertThat(phoneOf(email)).isEqualTo("+33612345678");
    Api.Answer metrics = Api.getRoot("/metrics");
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.body())
        .containsPattern("medislot_notifications_sent_total\\{[^}]*channel=\"email\"");
    // every event of this test was relayed: the outbox is empty, so nothing in it is old
    assertThat(metrics.body())
        .containsPattern("(?m)^medislot_events_outbox_pending(\\{[^}]*})? 0(\\.0)?$")
        .containsPattern("(?m)^medislot_events_outbox_oldest_age_seconds(\\{[^}]*})? 0(\\.0)?$");
  }

  @Test
  void aRolledBackBookingSendsNoEmail() throws Exception {
    Target target = Target.pick(21);
    String blocked = target.slots().get(0);
    String control = target.slots().get(3);
    String email = newEmail();
    String token = register(email, Optional.empty());
    // Another writer holds an uncommitted overlapping appointment: the booking passes its
    // checks and publishes its event, then fails on the exclusion constraint and rolls back.
    try (Connection c = database()) {
      c.setAutoCommit(false);
      insertAppointment(
          c, target, Instant.parse(blocked), Instant.parse(blocked).plus(Duration.ofMinutes(1)));
      CompletableFuture<Api.Answer> attempt =
          CompletableFuture.supplyAsync(
              () -> Api.book(token, target.bookingBody(blocked), "rolled-back"));
      awaitLockWaiter();
      c.commit();
      Api.Answer refused = attempt.get(60, TimeUnit.SECONDS);
      assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    }
    // a committed booking of the same patient afterwards: its email is the only one
    Api.Answer ok = Api.book(token, target.bookingBody(control), "committed");
    assertThat(ok.status()).as(ok.body()).isEqualTo(201);
    List<MimeMessage> received = awaitMessages(email, 1);
    assertThat(event(invite(received.get(0)), "UID"))
        .isEqualTo("appointment-" + ok.json().getJsonNumber("id") + "@medislot");
    Thread.sleep(3000);
    assertThat(messagesTo(email)).hasSize(1);
  }

  @Test
  void aWaitingListOfferIsEmailedWithItsDeadlineThenItsLapseButAnOwnHoldRunningOutIsNot()
      throws Exception {
    Target target = Target.pick(85);
    // Everything earlier than the chosen slot is taken, so it is the one a waiting patient wants;
    // it is far enough ahead for its first patient to cancel it.
    Instant notBefore = Instant.now().plus(Duration.ofMinutes(150));
    String slot = target.onlyFreeSlotAfter(notBefore);
    String first = Api.newPatientToken();
    assertThat(Api.book(first, target.bookingBody(slot), "first").status()).isEqualTo(201);
    String waiterEmail = newEmail();
    String waiter = register(waiterEmail, Optional.of("06 12 34 56 78"));
    String wish =
        Json.createObjectBuilder()
            .add("practitionerId", target.practitionerId())
            .add("motiveId", target.motiveId())
            .add("locationId", target.locationId())
            .add("before", Instant.parse(slot).plusSeconds(1).toString())
            .build()
            .toString();
    Api.Answer joined = Api.post("waitlist", wish, Optional.of(waiter), Map.of());
    assertThat(joined.status()).as(joined.body()).isEqualTo(201);
    // Someone else holds a later slot for themselves and lets it run out.
    String holderEmail = newEmail();
    String holder = register(holderEmail, Optional.empty());
    String later = target.slots().get(target.slots().size() - 1);
    Api.Answer ownHold =
        Api.post(
            "holds",
            target.bookingBody(later),
            Optional.of(holder),
            Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    assertThat(ownHold.status()).as(ownHold.body()).isEqualTo(201);

    long firstId =
        Api.get("appointments?scope=upcoming", Optional.of(first))
            .anyJson()
            .asJsonArray()
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    Api.Answer cancelled =
        Api.post("appointments/" + firstId + "/cancel", "", Optional.of(first), Map.of());
    assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
    var offer = Api.get("holds", Optional.of(waiter)).anyJson().asJsonArray().getJsonObject(0);
    assertThat(offer.getBoolean("offer")).isTrue();
    long offerId = offer.getJsonNumber("id").longValue();
    Instant expiresAt = Instant.parse(offer.getString("expiresAt"));
    ZoneId zone = locationZone(target.locationId());

    MimeMessage offered = awaitMessages(waiterEmail, 1).get(0);
    assertThat(offered.getSubject()).startsWith("Waiting list: ").contains(" is offered to you");
    String body = text(offered);
    assertThat(body)
        .contains(Instant.parse(slot).atZone(zone).format(LONG))
        .contains("until " + expiresAt.atZone(zone).format(LONG) + " (" + zone.getId())
        .contains("POST /api/v1/holds/" + offerId + "/confirm");
    assertThat(hasInvite(offered)).as("an offer is not an appointment: no invite").isFalse();

    // The offer is left to lapse: the waiting patient is told, once.
    List<MimeMessage> both = awaitMessages(waiterEmail, 2);
    assertThat(both.get(1).getSubject())
        .startsWith("Waiting list: the offer of ")
        .endsWith(" has lapsed");
    assertThat(hasInvite(both.get(1))).isFalse();
    Thread.sleep(3000);
    assertThat(messagesTo(waiterEmail)).hasSize(2);
    // The patient's own hold ran out too (same time to live), and that is no news to them.
    assertThat(holdStatus(ownHold.json().getJsonNumber("id").longValue())).isEqualTo("EXPIRED");
    assertThat(messagesTo(holderEmail)).isEmpty();
  }

  @Test
  void anInvalidPhoneNumberIsRefusedNamingPhone() throws Exception {
    String email = newEmail();
    Api.Answer refused =
        Api.post(
            "auth/patients",
            registration(email, Optional.of("+33 1 00 00 00")),
            Optional.empty(),
            Map.of());
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.isProblem()).isTrue();
    assertThat(refused.body()).contains("phone");
    try (Connection c = database();
        PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM account WHERE email = ?")) {
      ps.setString(1, email);
      ResultSet rs = ps.executeQuery();
      rs.next();
      assertThat(rs.getInt(1)).isZero();
    }
  }

  private static String newEmail() {
    return "notify-" + UUID.randomUUID() + "@example.org";
  }

  private static String registration(String email, Optional<String> phone) {
    var body =
        Json.createObjectBuilder()
            .add("email", email)
            .add("password", PASSWORD)
            .add("firstName", "Nora")
            .add("lastName", "Tifier")
            .add("birthDate", "1988-06-01");
    phone.ifPresent(p -> body.add("phone", p));
    return body.build().toString();
  }

  private static String register(String email, Optional<String> phone) {
    Api.Answer created =
        Api.post("auth/patients", registration(email, phone), Optional.empty(), Map.of());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return Api.token(email, PASSWORD);
  }

  private static List<MimeMessage> messagesTo(String email) {
    GreenMail mail = TestStack.mail();
    return Arrays.stream(mail.getReceivedMessages()).filter(m -> isTo(m, email)).toList();
  }

  private static boolean isTo(MimeMessage m, String email) {
    try {
      Address[] to = m.getAllRecipients();
      return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(email));
    } catch (MessagingException e) {
      return false;
    }
  }

  /** Waits until {@code count} messages reached {@code email}; fails if more arrive. */
  private static List<MimeMessage> awaitMessages(String email, int count) throws Exception {
    long deadline = System.nanoTime() + MAIL_WAIT.toNanos();
    List<MimeMessage> received = messagesTo(email);
    while (received.size() < count && System.nanoTime() < deadline) {
      Thread.sleep(100);
      received = messagesTo(email);
    }
    assertThat(received).as("emails to " + email).hasSize(count);
    return received;
  }

  private static boolean hasInvite(MimeMessage message) throws Exception {
    MimeMultipart multipart = (MimeMultipart) message.getContent();
    for (int i = 0; i < multipart.getCount(); i++) {
      if (multipart.getBodyPart(i).isMimeType("text/calendar")) {
        return true;
      }
    }
    return false;
  }

  private static String text(MimeMessage message) throws Exception {
    MimeMultipart multipart = (MimeMultipart) message.getContent();
    for (int i = 0; i < multipart.getCount(); i++) {
      if (multipart.getBodyPart(i).isMimeType("text/plain")) {
        return (String) multipart.getBodyPart(i).getContent();
      }
    }
    throw new AssertionError("no text in " + message.getSubject());
  }

  private static ZoneId locationZone(long locationId) throws SQLException {
    try (Connection c = database();
        PreparedStatement ps = c.prepareStatement("SELECT time_zone FROM location WHERE id = ?")) {
      ps.setLong(1, locationId);
      ResultSet rs = ps.executeQuery();
      rs.next();
      return ZoneId.of(rs.getString(1));
    }
  }

  private static String holdStatus(long id) throws SQLException {
    try (Connection c = database();
        PreparedStatement ps = c.prepareStatement("SELECT status FROM appointment WHERE id = ?")) {
      ps.setLong(1, id);
      ResultSet rs = ps.executeQuery();
      rs.next();
      return rs.getString(1);
    }
  }

  private static Calendar invite(MimeMessage message) throws Exception {
    MimeMultipart multipart = (MimeMultipart) message.getContent();
    for (int i = 0; i < multipart.getCount(); i++) {
      BodyPart part = multipart.getBodyPart(i);
      if (part.getContentType().toLowerCase(Locale.ROOT).startsWith("text/calendar")) {
        try (InputStream in = part.getInputStream()) {
          return new CalendarBuilder().build(in);
        }
      }
    }
    throw new AssertionError("no invite in " + message.getSubject());
  }

  private static String event(Calendar calendar, String property) {
    return calendar.getComponents().get(0).getRequiredProperty(property).getValue();
  }

  private static String icalUtc(String instant) {
    return Instant.parse(instant).toString().replace("-", "").replace(":", "").replace(".000", "");
  }

  private static String phoneOf(String email) throws SQLException {
    try (Connection c = database();
        PreparedStatement ps = c.prepareStatement("SELECT phone FROM account WHERE email = ?")) {
      ps.setString(1, email);
      ResultSet rs = ps.executeQuery();
      rs.next();
      return rs.getString(1);
    }
  }

  private static Connection database() throws SQLException {
    var db = TestStack.database();
    return DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
  }

  private static void insertAppointment(Connection c, Target target, Instant start, Instant end)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO appointment (practitioner_id, location_id, motive_id, patient_id, status,"
                + " start_at, end_at, created_at) VALUES (?, ?, ?, (SELECT MIN(id) FROM account),"
                + " 'CONFIRMED', ?, ?, now())")) {
      ps.setLong(1, target.practitionerId());
      ps.setLong(2, target.locationId());
      ps.setLong(3, target.motiveId());
      ps.setObject(4, OffsetDateTime.ofInstant(start, ZoneOffset.UTC));
      ps.setObject(5, OffsetDateTime.ofInstant(end, ZoneOffset.UTC));
      ps.executeUpdate();
    }
  }

  private static void awaitLockWaiter() throws Exception {
    try (Connection observer = database();
        Statement s = observer.createStatement()) {
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (System.nanoTime() < deadline) {
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                    + " AND datname = current_database()");
        rs.next();
        if (rs.getInt(1) > 0) {
          return;
        }
        Thread.sleep(50);
      }
    }
    throw new AssertionError("the booking never waited on the conflicting transaction");
  }
}
