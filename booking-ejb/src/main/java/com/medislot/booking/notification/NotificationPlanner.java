package com.medislot.booking.notification;

import com.medislot.booking.events.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Decides which messages an appointment or hold event causes. A pure function: no clock, no
 * database.
 *
 * <p>A new or moved appointment gets its message now and one reminder per reminder time that is
 * still in the future (a reminder due before the event is pointless). A cancellation gets its
 * message now. A waiting-list offer gets its message now, and so does the lapse of an offer that
 * was not confirmed in time. Every message goes out on every channel given.
 *
 * <p>Holds a patient placed and lets expire or releases get no message, by choice: the patient
 * placed the hold a few minutes before, in the very screen that shows it running out, and an email
 * saying so would only be noise. An offer is different: the patient did not ask for that hold at
 * that moment, so both its arrival and its lapse are news.
 */
public final class NotificationPlanner {

  private NotificationPlanner() {}

  /**
   * @param kind the message the event causes (see {@link #kindOf}); empty gives no messages
   * @param eventId the event's id
   * @param appointmentId the appointment
   * @param start the appointment's start as the event states it
   * @param now the time of planning
   * @param sequence the iCalendar sequence for this event's invite
   * @param reminders reminder times, each measured back from the start
   * @param channels channels the patient can be reached on
   */
  public static List<PlannedNotification> plan(
      Optional<NotificationKind> kind,
      UUID eventId,
      long appointmentId,
      Instant start,
      Instant now,
      int sequence,
      List<Duration> reminders,
      Set<Channel> channels) {
    if (kind.isEmpty()) {
      return List.of();
    }
    List<PlannedNotification> planned = new ArrayList<>();
    for (Channel channel : Channel.values()) {
      if (!channels.contains(channel)) {
        continue;
      }
      planned.add(
          new PlannedNotification(
              appointmentId, eventId, kind.get(), channel, start, sequence, now));
      if (kind.get().isOneOff()) {
        continue;
      }
      for (Duration before : reminders) {
        Instant due = start.minus(before);
        if (due.isAfter(now)) {
          planned.add(
              new PlannedNotification(
                  appointmentId,
                  eventId,
                  NotificationKind.REMINDER,
                  channel,
                  start,
                  sequence,
                  due));
        }
      }
    }
    return List.copyOf(planned);
  }

  /**
   * The message an event causes, if any.
   *
   * @param type the event's type
   * @param waitlistOffer whether the hold the event is about is a waiting-list offer (its payload
   *     names a {@code waitlistEntryId})
   */
  public static Optional<NotificationKind> kindOf(EventType type, boolean waitlistOffer) {
    return switch (type) {
      case APPOINTMENT_CREATED -> Optional.of(NotificationKind.CONFIRMATION);
      case APPOINTMENT_RESCHEDULED -> Optional.of(NotificationKind.CHANGE);
      case APPOINTMENT_CANCELLED -> Optional.of(NotificationKind.CANCELLATION);
      case WAITLIST_OFFER_MADE -> Optional.of(NotificationKind.WAITLIST_OFFER);
      case HOLD_EXPIRED ->
          waitlistOffer ? Optional.of(NotificationKind.OFFER_LAPSED) : Optional.empty();
      default -> Optional.empty();
    };
  }

  /**
   * Whether a one-off message about a hold is still worth sending when its turn comes: an offer
   * only while its hold still reserves the slot (confirmed, released or run out, it is stale news);
   * a lapse only if the hold did lapse.
   */
  public static boolean stillWorthSending(
      NotificationKind kind, AppointmentDetails now, Instant at) {
    return switch (kind) {
      case WAITLIST_OFFER -> now.heldAt(at);
      case OFFER_LAPSED -> "EXPIRED".equals(now.status());
      default -> true;
    };
  }

  /**
   * The channels a patient is reached on: always email; SMS too when SMS are switched on, the
   * country file does not forbid them ({@code compliance.smsAllowed}; no file, no rule) and the
   * patient has a valid number.
   */
  public static Set<Channel> channels(
      boolean smsEnabled, Optional<Boolean> countryAllowsSms, boolean hasValidPhone) {
    return smsEnabled && countryAllowsSms.orElse(true) && hasValidPhone
        ? EnumSet.of(Channel.EMAIL, Channel.SMS)
        : EnumSet.of(Channel.EMAIL);
  }

  /** The country file's reminder times when there is a file, else the configured default. */
  public static List<Duration> reminders(
      Optional<List<Duration>> countryReminders, List<Duration> configured) {
    return countryReminders.orElse(configured);
  }

  /**
   * Whether a reminder is still worth sending: its appointment is not cancelled and still starts at
   * the time the reminder was planned for.
   */
  public static boolean reminderStillDue(Instant plannedStart, AppointmentDetails now) {
    return !now.cancelled() && now.start().equals(plannedStart);
  }
}
