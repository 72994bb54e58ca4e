package com.medislot.country;

import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * The booking policy of a country. Immutable; no component is null.
 *
 * @param minimumNotice how long before its start a slot stops being bookable
 * @param bookingHorizon how far ahead, from today in the location's zone, slots are offered
 * @param patientCancellationCutoff how long before the start a patient may still cancel
 * @param reminders when reminders are sent, each measured back from the appointment start, longest
 *     first
 * @param maxUpcomingPerPractitioner anti-hoarding: upcoming appointments one patient may hold with
 *     one practitioner
 * @param sameSpecialtyMinDays anti-hoarding: minimum days between two appointments of one patient
 *     in the same specialty (0 = no limit)
 */
public record BookingRules(
    Duration minimumNotice,
    Period bookingHorizon,
    Duration patientCancellationCutoff,
    List<Duration> reminders,
    int maxUpcomingPerPractitioner,
    int sameSpecialtyMinDays) {

  public BookingRules {
    Objects.requireNonNull(minimumNotice, "minimumNotice");
    Objects.requireNonNull(bookingHorizon, "bookingHorizon");
    Objects.requireNonNull(patientCancellationCutoff, "patientCancellationCutoff");
    reminders = List.copyOf(reminders);
  }
}
