package com.medislot.booking.events;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of domain events; the name is the envelope's {@code type}. */
public enum EventType {
  APPOINTMENT_CREATED("AppointmentCreated"),
  APPOINTMENT_CANCELLED("AppointmentCancelled"),
  APPOINTMENT_RESCHEDULED("AppointmentRescheduled"),
  AVAILABILITY_CHANGED("AvailabilityChanged"),
  PRACTITIONER_UPDATED("PractitionerUpdated"),
  HOLD_PLACED("HoldPlaced"),
  HOLD_RELEASED("HoldReleased"),
  HOLD_EXPIRED("HoldExpired"),
  WAITLIST_OFFER_MADE("WaitlistOfferMade");

  private final String wireName;

  EventType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }

  public static Optional<EventType> fromWireName(String name) {
    return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
  }
}
