package com.medislot.booking.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * A claimed notification row. Immutable.
 *
 * @param id row id
 * @param appointmentId the appointment it is about
 * @param eventId the event that caused it
 * @param kind what it tells
 * @param channel how it is sent
 * @param appointmentStart the start it speaks of
 * @param sequence the iCalendar sequence of its invite
 * @param attempts failed attempts so far
 */
public record StoredNotification(
    long id,
    long appointmentId,
    UUID eventId,
    NotificationKind kind,
    Channel channel,
    Instant appointmentStart,
    int sequence,
    int attempts) {}
