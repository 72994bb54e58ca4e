package com.medislot.booking.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Real SMTP: GreenMail listens on a free loopback port in this JVM. */
class MailSenderTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

  private GreenMail smtp;

  @BeforeEach
  void start() {
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    smtp.start();
  }

  @AfterEach
  void stop() {
    smtp.stop();
  }

  private MailSender sender(int port) {
    return new MailSender(
        new MailSettings(
            "127.0.0.1",
            port,
            "no-reply@medislot.test",
            Optional.empty(),
            Optional.empty(),
            false,
            Duration.ofSeconds(5)));
  }

  @Test
  void sendsTheBodyAndAParsableInvite() throws Exception {
    AppointmentDetails d = Fixtures.details(42, Instant.parse("2026-12-01T07:50:00Z"), false);
    MailSender sender = sender(smtp.getSmtp().getPort());
    sender.send(
        "jane@example.org",
        MessageTexts.subject(NotificationKind.CONFIRMATION, d),
        MessageTexts.emailBody(NotificationKind.CONFIRMATION, d),
        Optional.of(
            new MailSender.Invite("REQUEST", InviteBuilder.build(d, false, 0, sender.from(), NOW))),
        NOW,
        "notification-7");

    assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
    MimeMessage received = smtp.getReceivedMessages()[0];
    assertThat(received.getSubject()).isEqualTo("Appointment confirmed: Tue 1 Dec 2026 08:50");
    assertThat(received.getFrom()[0].toString()).isEqualTo("no-reply@medislot.test");
    assertThat(received.getAllRecipients()[0].toString()).isEqualTo("jane@example.org");
    assertThat(received.getMessageID()).isEqualTo("<notification-7@medislot.test>");
    ReceivedMail.Invite invite = ReceivedMail.invite(received).orElseThrow();
    assertThat(invite.contentType()).contains("method=REQUEST");
    assertThat(invite.fileName()).isEqualTo("invite.ics");
    assertThat(invite.method()).isEqualTo("REQUEST");
    assertThat(invite.eventProperty("UID")).isEqualTo("appointment-42@medislot");
    assertThat(invite.eventProperty("DTSTART")).isEqualTo("20261201T075000Z");
  }

  @Test
  void aReminderHasNoInvite() throws Exception {
    AppointmentDetails d = Fixtures.details(42, Instant.parse("2026-12-01T07:50:00Z"), false);
    sender(smtp.getSmtp().getPort())
        .send("jane@example.org", "Reminder", "text", Optional.empty(), NOW, "notification-8");
    assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
    assertThat(ReceivedMail.invite(smtp.getReceivedMessages()[0])).isEmpty();
    assertThat(d.start()).isEqualTo(Instant.parse("2026-12-01T07:50:00Z"));
  }

  @Test
  void aMessageSentAgainCarriesTheSameMessageId() throws Exception {
    MailSender sender = sender(smtp.getSmtp().getPort());
    sender.send("jane@example.org", "s", "b", Optional.empty(), NOW, "notification-9");
    sender.send("jane@example.org", "s", "b", Optional.empty(), NOW, "notification-9");
    sender.send("jane@example.org", "s", "b", Optional.empty(), NOW, "notification-10");
    assertThat(smtp.waitForIncomingEmail(5000, 3)).isTrue();
    assertThat(smtp.getReceivedMessages())
        .extracting(MimeMessage::getMessageID)
        .containsExactly(
            "<notification-9@medislot.test>",
            "<notification-9@medislot.test>",
            "<notification-10@medislot.test>");
  }

  @Test
  void anUnreachableServerIsADeliveryFailure() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    assertThatThrownBy(
            () -> sender(closed).send("jane@example.org", "s", "b", Optional.empty(), NOW, "k"))
        .isInstanceOf(DeliveryException.class)
        .hasMessageContaining("127.0.0.1:" + closed);
  }
}
