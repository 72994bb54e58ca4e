package com.medislot.booking.appointment;

/**
 * Lifecycle state of an appointment row. {@link #HELD} and {@link #CONFIRMED} occupy the calendar
 * (a hold only until it expires); the others do not.
 */
public enum AppointmentStatus {
  /** Reserved for a patient until an expiry; becomes CONFIRMED, RELEASED or EXPIRED. */
  HELD,
  CONFIRMED,
  CANCELLED,
  /** A hold whose time ran out. */
  EXPIRED,
  /** A hold its owner gave up. */
  RELEASED
}
