package com.medislot.console.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The header of one day of the grid. Immutable.
 *
 * @param hours length of the local day: 24, or 23 and 25 on the days the clocks change
 * @param holiday the name of the public holiday the location observes that day, if any
 */
public record DayColumn(
    LocalDate date, String label, Optional<String> holiday, boolean today, int hours) {

  public DayColumn {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(holiday, "holiday");
  }
}
