package com.medislot.booking.appointment;

/**
 * The result of a booking call: the appointment, and whether it was created now or replayed from an
 * earlier call with the same idempotency key.
 */
public record BookingOutcome(AppointmentView appointment, boolean replayed) {}
