package com.medislot.country;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A public holiday that the holiday library does not know (a one-off bridge day, a new law not yet
 * released). Immutable; no component is null.
 */
public record HolidayAddition(LocalDate date, String name) {

  public HolidayAddition {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(name, "name");
  }
}
