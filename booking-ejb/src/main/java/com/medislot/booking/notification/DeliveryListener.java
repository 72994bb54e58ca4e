package com.medislot.booking.notification;

/** Told what became of each delivery attempt: counts it, dead-letters what is given up. */
public interface DeliveryListener {

  void sent(StoredNotification notification);

  void failed(StoredNotification notification, String error);

  /** Called inside the transaction that marks the row dead. */
  void deadLettered(StoredNotification notification, String error);
}
