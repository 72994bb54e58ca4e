package com.medislot.booking.appointment;

/** Lifecycle state of an appointment. Only {@link #CONFIRMED} ones occupy the calendar. */
public enum AppointmentStatus {
  CONFIRMED,
  CANCELLED
}
