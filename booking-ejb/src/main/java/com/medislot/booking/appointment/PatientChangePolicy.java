package com.medislot.booking.appointment;

import com.medislot.booking.country.CountryCatalog;
import com.medislot.booking.errors.RuleViolationException;
import com.medislot.booking.practitioner.Location;
import com.medislot.booking.practitioner.Practitioner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * Until when a patient may still cancel or move an appointment online: the patient cancellation
 * cutoff of the country of the appointment's location.
 */
@ApplicationScoped
public class PatientChangePolicy {

  @Inject private CountryCatalog countries;

  /**
   * @throws RuleViolationException if the cutoff before the appointment's start has passed
   */
  public void checkMayChange(Appointment a, Practitioner p, Instant now) {
    Duration cutoff = cutoff(p, a.locationId());
    if (now.isAfter(a.start().minus(cutoff))) {
      throw new RuleViolationException(
          "id",
          "Too late to change this appointment online: the cutoff is "
              + cutoff.toMinutes()
              + " minutes before the start");
    }
  }

  private Duration cutoff(Practitioner p, long locationId) {
    return p.locations().stream()
        .filter(l -> l.id() == locationId)
        .findFirst()
        .map(Location::countryCode)
        .flatMap(countries::definition)
        .map(d -> d.bookingRules().patientCancellationCutoff())
        .orElse(Duration.ZERO);
  }
}
