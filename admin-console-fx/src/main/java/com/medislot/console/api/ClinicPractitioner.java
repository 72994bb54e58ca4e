package com.medislot.console.api;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A practitioner of the signed-in staff member's clinic ({@code GET /staff/practitioners}).
 * Immutable.
 */
public record ClinicPractitioner(
    long id, String name, String specialty, List<Location> locations, List<Motive> motives) {

  public ClinicPractitioner {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(specialty, "specialty");
    locations = List.copyOf(locations);
    motives = List.copyOf(motives);
  }

  /** A place the practitioner works at; its zone is the calendar's zone there. */
  public record Location(long id, String name, String city, ZoneId zone) {
    public Location {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(city, "city");
      Objects.requireNonNull(zone, "zone");
    }

    @Override
    public String toString() {
      return name + ", " + city;
    }
  }

  /** A visit motive and its length. */
  public record Motive(long id, String name, int durationMinutes) {
    public Motive {
      Objects.requireNonNull(name, "name");
    }
  }

  @Override
  public String toString() {
    return name + " (" + specialty + ")";
  }
}
