package com.medislot.booking.notification;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A message to send later, before it is stored. Immutable; no component is null.
 *
 * @param appointmentId the appointment it is about
 * @param eventId the event that caused it
 * @param kind what it tells
 * @param channel how it is sent
 * @param appointmentStart the start it speaks of
 * @param sequence the iCalendar sequence of its invite
 * @param dueAt when to send it
 */
public record PlannedNotification(
    long appointmentId,
    UUID eventId,
    NotificationKind kind,
    Channel channel,
    Instant appointmentStart,
    int sequence,
    Instant dueAt) {

  public PlannedNotification {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(appointmentStart, "appointmentStart");
    Objects.requireNonNull(dueAt, "dueAt");
  }
}
