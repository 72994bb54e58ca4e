/**
 * Appointments and the booking service: the strongly consistent write path. A booking is one JTA
 * transaction that locks the practitioner's calendar, re-checks the slot against the live calendar,
 * stores the appointment with its idempotency key and publishes the event.
 */
package com.medislot.booking.appointment;
