package com.medislot.booking.notification;

/** What a notification tells the patient. */
public enum NotificationKind {
  /** A new appointment; the invite has {@code METHOD:REQUEST}. */
  CONFIRMATION,
  /** The appointment moved; the invite has {@code METHOD:REQUEST} and a higher sequence. */
  CHANGE,
  /** The appointment is cancelled; the invite has {@code METHOD:CANCEL}. */
  CANCELLATION,
  /** The appointment is soon; sent at a set time before the start. */
  REMINDER
}
