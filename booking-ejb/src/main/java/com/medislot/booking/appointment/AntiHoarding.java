package com.medislot.booking.appointment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The country's anti-hoarding rules as a pure function: at most {@code maxUpcomingPerPractitioner}
 * upcoming appointments (holds included) of one person with one practitioner, and no two
 * appointments of one person in the same specialty less than {@code sameSpecialtyMinDays} days
 * apart. Immutable.
 *
 * @param maxUpcomingPerPractitioner at least 1
 * @param sameSpecialtyMinDays 0 for no limit
 */
public record AntiHoarding(int maxUpcomingPerPractitioner, int sameSpecialtyMinDays) {

  /** Rule name of the per-practitioner limit, as in the country file. */
  public static final String MAX_UPCOMING = "maxUpcomingPerPractitioner";

  /** Rule name of the same-specialty spacing, as in the country file. */
  public static final String SAME_SPECIALTY = "sameSpecialtyMinDays";

  public AntiHoarding {
    if (maxUpcomingPerPractitioner < 1 || sameSpecialtyMinDays < 0) {
      throw new IllegalArgumentException("invalid anti-hoarding limits");
    }
  }

  /** An appointment or live hold the person already has, or the one asked for. */
  public record Booking(long practitionerId, String specialty, Instant start, Instant end) {
    public Booking {
      Objects.requireNonNull(specialty);
      Objects.requireNonNull(start);
      Objects.requireNonNull(end);
    }
  }

  /** A refused request: the rule's name and a sentence a patient understands. */
  public record Violation(String rule, String message) {}

  /**
   * Checks {@code wanted} against the person's {@code existing} bookings (confirmed appointments
   * and live holds, the one being moved or confirmed left out).
   */
  public Optional<Violation> check(Booking wanted, List<Booking> existing, Instant now) {
    long upcoming =
        existing.stream()
            .filter(b -> b.practitionerId() == wanted.practitionerId() && b.end().isAfter(now))
            .count();
    if (upcoming >= maxUpcomingPerPractitioner) {
      return Optional.of(
          new Violation(
              MAX_UPCOMING,
              "At most "
                  + maxUpcomingPerPractitioner
                  + " upcoming appointments with the same practitioner"));
    }
    if (sameSpecialtyMinDays > 0) {
      Duration spacing = Duration.ofDays(sameSpecialtyMinDays);
      boolean tooClose =
          existing.stream()
              .filter(b -> b.specialty().equals(wanted.specialty()))
              .anyMatch(
                  b -> Duration.between(b.start(), wanted.start()).abs().compareTo(spacing) < 0);
      if (tooClose) {
        return Optional.of(
            new Violation(
                SAME_SPECIALTY,
                "Two appointments in the same specialty must be at least "
                    + sameSpecialtyMinDays
                    + " day(s) apart"));
      }
    }
    return Optional.empty();
  }

  /** How far before {@code start} an existing booking can still matter to the spacing rule. */
  Duration lookBack() {
    return Duration.ofDays(sameSpecialtyMinDays);
  }
}
