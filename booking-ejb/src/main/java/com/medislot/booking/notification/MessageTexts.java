package com.medislot.booking.notification;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The wording of notifications. Times are shown in the location's zone, which is named. */
public final class MessageTexts {

  private static final DateTimeFormatter LONG =
      DateTimeFormatter.ofPattern("EEEE d MMMM uuuu, HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT =
      DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT_TIME =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

  /** The hold confirmation of API v1, relative to the API's base URL. */
  static final String CONFIRM_PATH = "/api/v1/holds/{id}/confirm";

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
    return localTime(d.start(), d);
  }

  /**
   * Any instant in the location's wall-clock time, named like {@link
   * #localTime(AppointmentDetails)}.
   */
  static String localTime(Instant instant, AppointmentDetails d) {
    ZonedDateTime at = instant.atZone(d.zone());
    return at.format(LONG)
        + " ("
        + d.zone().getId()
        + ", UTC"
        + at.getOffset().getId().replace("Z", "+00:00")
        + ")";
  }

  /**
   * The API path a waiting-list offer is confirmed with ({@code POST}, by the hold's owner): the
   * offer is a hold, and the hold's id is the appointment's id once confirmed.
   */
  public static String confirmPath(AppointmentDetails d) {
    return CONFIRM_PATH.replace("{id}", Long.toString(d.appointmentId()));
  }

  private static Instant offerExpiry(AppointmentDetails d) {
    return d.expiresAt()
        .orElseThrow(
            () -> new IllegalStateException("hold " + d.appointmentId() + " has no expiry"));
  }

  /** The email subject. */
  public static String subject(NotificationKind kind, AppointmentDetails d) {
    String when = d.start().atZone(d.zone()).format(SHORT);
    return switch (kind) {
      case CONFIRMATION -> "Appointment confirmed: " + when;
      case CHANGE -> "Appointment moved: " + when;
      case CANCELLATION -> "Appointment cancelled: " + when;
      case REMINDER -> "Reminder: appointment " + when;
      case WAITLIST_OFFER ->
          "Waiting list: "
              + when
              + " is offered to you until "
              + offerExpiry(d).atZone(d.zone()).format(SHORT_TIME);
      case OFFER_LAPSED -> "Waiting list: the offer of " + when + " has lapsed";
    };
  }

  /** The email body, plain text. */
  public static String emailBody(NotificationKind kind, AppointmentDetails d) {
    if (kind == NotificationKind.WAITLIST_OFFER) {
      return offerBody(d);
    }
    if (kind == NotificationKind.OFFER_LAPSED) {
      return lapsedBody(d);
    }
    String opening =
        switch (kind) {
          case CONFIRMATION -> "Your appointment is confirmed.";
          case CHANGE -> "Your appointment has moved to a new time.";
          case CANCELLATION -> "Your appointment is cancelled.";
          case REMINDER -> "This is a reminder of your appointment.";
          case WAITLIST_OFFER, OFFER_LAPSED -> throw new IllegalArgumentException(kind.name());
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

  private static String offerBody(AppointmentDetails d) {
    return "Hello "
        + d.patientName()
        + ",\n\nA time you were waiting for has become free, and it is kept for you.\n\n"
        + appointmentLines(d)
        + "\n\nIt is held for you until "
        + localTime(offerExpiry(d), d)
        + ". To take it, confirm it in Medislot before then (POST "
        + confirmPath(d)
        + "). If you do not, it goes to the next person waiting and you stay on the waiting list."
        + " This is not an appointment yet: you will receive a confirmation with a calendar"
        + " invitation once you confirm.\n\nMedislot\n";
  }

  private static String lapsedBody(AppointmentDetails d) {
    return "Hello "
        + d.patientName()
        + ",\n\nThe time offered to you from the waiting list was not confirmed in time, so it"
        + " has gone to the next person waiting.\n\n"
        + appointmentLines(d)
        + "\n\nYou stay on the waiting list: another free time can still be offered to you.\n\n"
        + "Medislot\n";
  }

  private static String appointmentLines(AppointmentDetails d) {
    return summary(d) + "\n" + localTime(d) + "\n" + d.locationName() + "\n" + d.address();
  }

  /** The SMS text: short, one line. */
  public static String sms(NotificationKind kind, AppointmentDetails d) {
    String when = d.start().atZone(d.zone()).format(SHORT) + " (" + d.zone().getId() + ")";
    if (kind == NotificationKind.WAITLIST_OFFER) {
      return "Medislot waiting list: "
          + when
          + " with "
          + d.practitionerName()
          + ", "
          + d.locationName()
          + " is yours if you confirm it by "
          + offerExpiry(d).atZone(d.zone()).format(SHORT_TIME)
          + " (see your email)";
    }
    if (kind == NotificationKind.OFFER_LAPSED) {
      return "Medislot waiting list: the offer of "
          + when
          + " with "
          + d.practitionerName()
          + " has lapsed; you are still on the waiting list";
    }
    String what =
        switch (kind) {
          case CONFIRMATION -> "confirmed";
          case CHANGE -> "moved to";
          case CANCELLATION -> "CANCELLED";
          case REMINDER -> "reminder";
          case WAITLIST_OFFER, OFFER_LAPSED -> throw new IllegalArgumentException(kind.name());
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
