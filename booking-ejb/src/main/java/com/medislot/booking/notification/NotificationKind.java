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
  REMINDER,
  /**
   * A freed slot is offered from the waiting list as a hold, until the hold's expiry. No invite: it
   * is not an appointment until the patient confirms it, and an unanswered invite would sit in the
   * patient's calendar looking like one.
   */
  WAITLIST_OFFER,
  /** A waiting-list offer was not confirmed in time and went to the next in line. No invite. */
  OFFER_LAPSED;

  /** Whether the email carries an iCalendar invite (and so takes part in its sequence). */
  public boolean hasInvite() {
    return this == CONFIRMATION || this == CHANGE || this == CANCELLATION;
  }

  /** Whether it is sent once, now, with no reminders planned after it. */
  boolean isOneOff() {
    return this != CONFIRMATION && this != CHANGE;
  }
}
