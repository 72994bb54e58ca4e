package com.medislot.booking.notification;

import jakarta.activation.DataHandler;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;

/** Sends emails over SMTP with Jakarta Mail. Thread-safe; one session per settings. */
public final class MailSender {

  private final MailSettings settings;
  private final Session session;

  public MailSender(MailSettings settings) {
    this.settings = settings;
    Properties p = new Properties();
    String timeout = Long.toString(settings.timeout().toMillis());
    p.setProperty("mail.transport.protocol", "smtp");
    p.setProperty("mail.smtp.host", settings.host());
    p.setProperty("mail.smtp.port", Integer.toString(settings.port()));
    p.setProperty("mail.smtp.connectiontimeout", timeout);
    p.setProperty("mail.smtp.timeout", timeout);
    p.setProperty("mail.smtp.writetimeout", timeout);
    p.setProperty("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
    p.setProperty("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
    p.setProperty("mail.smtp.auth", Boolean.toString(settings.user().isPresent()));
    // Once the server has answered 250 to the message, waiting for its answer to QUIT only widens
    // the span in which a crash leaves an accepted message recorded as unsent.
    p.setProperty("mail.smtp.quitwait", "false");
    Authenticator authenticator =
        settings.user().isEmpty()
            ? null
            : new Authenticator() {
              @Override
              protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(
                    settings.user().get(), settings.password().orElse(""));
              }
            };
    this.session = Session.getInstance(p, authenticator);
  }

  /** The sender address of every message. */
  public String from() {
    return settings.from();
  }

  /**
   * The {@code Message-ID} of the message with the given key: the same key always gives the same
   * id, in the sender address's domain.
   */
  public String messageId(String key) {
    String from = settings.from();
    return "<" + key + "@" + from.substring(from.indexOf('@') + 1) + ">";
  }

  /**
   * Sends one message: a plain-text body and, when given, an iCalendar invite both as the calendar
   * part clients act on and as an {@code invite.ics} attachment.
   *
   * @param invite the invite text and its method ({@code REQUEST} or {@code CANCEL})
   * @param key names the message for good ({@link #messageId}): a copy sent again after a crash
   *     carries the same {@code Message-ID}, by which mail stores recognise it as the same message
   */
  public void send(
      String to, String subject, String body, Optional<Invite> invite, Instant sentAt, String key)
      throws DeliveryException {
    try {
      String messageId = messageId(key);
      MimeMessage message =
          new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
              setHeader("Message-ID", messageId);
            }
          };
      message.setFrom(new InternetAddress(settings.from()));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
      message.setSubject(subject, StandardCharsets.UTF_8.name());
      message.setSentDate(Date.from(sentAt));
      MimeMultipart mixed = new MimeMultipart("mixed");
      MimeBodyPart text = new MimeBodyPart();
      text.setText(body, StandardCharsets.UTF_8.name());
      mixed.addBodyPart(text);
      if (invite.isPresent()) {
        MimeBodyPart calendar = new MimeBodyPart();
        String type = "text/calendar; charset=UTF-8; method=" + invite.get().method();
        calendar.setDataHandler(
            new DataHandler(
                new ByteArrayDataSource(
                    invite.get().text().getBytes(StandardCharsets.UTF_8), type)));
        calendar.setHeader("Content-Type", type);
        calendar.setFileName("invite.ics");
        mixed.addBodyPart(calendar);
      }
      message.setContent(mixed);
      Transport.send(message);
    } catch (MessagingException e) {
      throw new DeliveryException(
          "SMTP " + settings.host() + ":" + settings.port() + " refused the message: " + e, e);
    }
  }

  /**
   * An iCalendar invite. Immutable.
   *
   * @param method {@code REQUEST} or {@code CANCEL}
   * @param text the iCalendar text
   */
  public record Invite(String method, String text) {}
}
