package com.medislot.booking.notification;

/** Hands a text message over to an SMS provider. Implementations are thread-safe. */
public interface SmsGateway {

  /**
   * Sends one SMS.
   *
   * @param e164 the recipient in E.164 form
   * @param text the message
   * @throws DeliveryException if the provider did not accept it
   */
  void send(String e164, String text) throws DeliveryException;
}
