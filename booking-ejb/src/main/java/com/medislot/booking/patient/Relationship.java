package com.medislot.booking.patient;

/** How a relative is related to the account holder. */
public enum Relationship {
  CHILD,
  PARENT,
  OTHER
}
