package com.medislot.booking.notification;

/** A message could not be handed over to the mail server or the SMS gateway. */
public class DeliveryException extends Exception {
  private static final long serialVersionUID = 1L;

  public DeliveryException(String message, Throwable cause) {
    super(message, cause);
  }

  public DeliveryException(String message) {
    super(message);
  }
}
