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
 * Decides which messages an appointment event causes. A pure function: no clock, no database.
 *
 * <p>A new or moved appointment gets its message now and one reminder per reminder time that is
 * still in the future (a reminder due before the event is pointless). A cancellation gets its
 * message now. Every message goes out on every channel given.
 */
public final class NotificationPlanner {

  private NotificationPlanner() {}

  /**
   * @param type the event's type; types that concern no patient give no messages
   * @param eventId the event's id
   * @param appointmentId the appointment
   * @param start the appointment's start as the event states it
   * @param now the time of planning
   * @param sequence the iCalendar sequence for this event's invite
   * @param reminders reminder times, each measured back from the start
   * @param channels channels the patient can be reached on
   */
  public static List<PlannedNotification> plan(
      EventType type,
      UUID eventId,
      long appointmentId,
      Instant start,
      Instant now,
      int sequence,
      List<Duration> reminders,
      Set<Channel> channels) {
    Optional<NotificationKind> kind = kindOf(type);
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
      if (kind.get() == NotificationKind.CANCELLATION) {
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

  /** The message an event type causes, if any. */
  public static Optional<NotificationKind> kindOf(EventType type) {
    return switch (type) {
      case APPOINTMENT_CREATED -> Optional.of(NotificationKind.CONFIRMATION);
      case APPOINTMENT_RESCHEDULED -> Optional.of(NotificationKind.CHANGE);
      case APPOINTMENT_CANCELLED -> Optional.of(NotificationKind.CANCELLATION);
      default -> Optional.empty();
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
