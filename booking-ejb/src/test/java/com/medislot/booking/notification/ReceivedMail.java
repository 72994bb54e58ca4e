package com.medislot.booking.notification;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;

/** Reads back what a test SMTP server received. */
final class ReceivedMail {

  private ReceivedMail() {}

  /** The plain-text part of a message. */
  static String text(MimeMessage message) throws Exception {
    MimeMultipart multipart = (MimeMultipart) message.getContent();
    for (int i = 0; i < multipart.getCount(); i++) {
      BodyPart part = multipart.getBodyPart(i);
      if (part.isMimeType("text/plain")) {
        return (String) part.getContent();
      }
    }
    throw new AssertionError("no text/plain part");
  }

  /** The calendar part of a message, parsed with ical4j, and its content type. */
  static Optional<Invite> invite(MimeMessage message) throws Exception {
    MimeMultipart multipart = (MimeMultipart) message.getContent();
    for (int i = 0; i < multipart.getCount(); i++) {
      BodyPart part = multipart.getBodyPart(i);
      if (part.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("text/calendar")) {
        try (InputStream in = part.getInputStream()) {
          return Optional.of(
              new Invite(
                  part.getContentType(), part.getFileName(), new CalendarBuilder().build(in)));
        }
      }
    }
    return Optional.empty();
  }

  record Invite(String contentType, String fileName, Calendar calendar) {
    String method() {
      return calendar.getRequiredProperty("METHOD").getValue();
    }

    String eventProperty(String name) {
      return calendar.getComponents().get(0).getRequiredProperty(name).getValue();
    }
  }
}
