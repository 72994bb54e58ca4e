package com.medislot.booking.notification;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The wording of notifications. Times are shown in the location's zone, which is named. */
public final class MessageTexts {

  private static final DateTimeFormatter LONG =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu, HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT =
      DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm", Locale.ENGLISH);

  private MessageTexts() {}

  /** One line naming the practitioner and motive. */
  public static String summary(AppointmentDetails d) {
    return d.motiveName() + " with " + d.practitionerName();
  }

  /**
   * The start in the location's wall-clock time, with the zone and its offset named: on the night
   * clocks go back, 02:30 happens twice and only the offset tells which.
   */
  public static String localTime(AppointmentDetails d) {
    ZonedDateTime start = d.start().atZone(d.zone());
    return start.format(LONG)
        + " ("
        + d.zone().getId()
        + ", UTC"
        + start.getOffset().getId().replace("Z", "+00:00")
        + ")";
  }

  /** The email subject. */
  public static String subject(NotificationKind kind, AppointmentDetails d) {
    String when = d.start().atZone(d.zone()).format(SHORT);
    return switch (kind) {
      case CONFIRMATION -> "Appointment confirmed: " + when;
      case CHANGE -> "Appointment moved: " + when;
      case CANCELLATION -> "Appointment cancelled: " + when;
      case REMINDER -> "Reminder: appointment " + when;
    };
  }

  /** The email body, plain text. */
  public static String emailBody(NotificationKind kind, AppointmentDetails d) {
    String opening =
        switch (kind) {
          case CONFIRMATION -> "Your appointment is confirmed.";
          case CHANGE -> "Your appointment has moved to a new time.";
          case CANCELLATION -> "Your appointment is cancelled.";
          case REMINDER -> "This is a reminder of your appointment.";
        };
    return "Hello "
        + d.patientName()
        + ",\n\n"
        + opening
        + "\n\n"
        + summary(d)
        + "\n"
        + localTime(d)
        + "\n"
        + d.locationName()
        + "\n"
        + d.address()
        + "\n\nMedislot\n";
  }

  /** The SMS text: short, one line. */
  public static String sms(NotificationKind kind, AppointmentDetails d) {
    String what =
        switch (kind) {
          case CONFIRMATION -> "confirmed";
          case CHANGE -> "moved to";
          case CANCELLATION -> "CANCELLED";
          case REMINDER -> "reminder";
        };
    return "Medislot: appointment "
        + what
        + " "
        + d.start().atZone(d.zone()).format(SHORT)
        + " ("
        + d.zone().getId()
        + ") with "
        + d.practitionerName()
        + ", "
        + d.locationName();
  }
}
