package com.medislot.booking.appointment;

/** Where a waiting-list entry stands. Only {@link #ACTIVE} entries are in line for offers. */
public enum WaitlistStatus {
  /** In line. */
  ACTIVE,
  /** Holding an offer (a hold) right now. */
  OFFERED,
  /** Its offer was confirmed. */
  FULFILLED,
  /** The patient left the list. */
  LEFT,
  /** Its {@code before} date passed without an offer taken. */
  LAPSED
}
