package com.medislot.booking.notification;

/** How a notification reaches the patient. */
public enum Channel {
  EMAIL,
  SMS
}
