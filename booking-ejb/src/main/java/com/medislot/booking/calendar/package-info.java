/**
 * Clinic staff manage their practitioners' calendars here: the calendar view over a range,
 * replacing the weekly template, adding and removing exceptions. Every change takes the
 * practitioner's calendar lock and publishes {@code AvailabilityChanged}.
 */
package com.medislot.booking.calendar;
