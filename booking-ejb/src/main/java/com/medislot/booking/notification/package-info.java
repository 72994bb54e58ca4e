/**
 * Notifications to patients: confirmation, change and cancellation emails with an iCalendar invite,
 * SMS through a gateway, reminders before the appointment, and waiting-list offers and their lapse
 * (no invite: an offer is a hold until confirmed; a hold the patient placed and let run out sends
 * nothing).
 *
 * <p>The flow (ADR 0009): {@link com.medislot.booking.notification.NotificationConsumer} reads the
 * domain events from one durable subscription shared by every node, deduplicates them by event id
 * in {@code processed_event} and writes one {@code notification} row per message and channel in the
 * same transaction ({@link com.medislot.booking.notification.EventIntake}). {@link
 * com.medislot.booking.notification.NotificationDispatcher} on every node claims the due rows with
 * {@code FOR UPDATE SKIP LOCKED} and delivers them on several senders, one row per transaction,
 * woken by the intake's commit; failures are retried with a growing delay, then dead-lettered (ADR
 * 0010).
 */
package com.medislot.booking.notification;
