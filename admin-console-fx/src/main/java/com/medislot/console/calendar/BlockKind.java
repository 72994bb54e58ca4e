package com.medislot.console.calendar;

import java.util.Locale;
import java.util.Optional;

/** What a block of the calendar grid shows. */
public enum BlockKind {
  FREE("Free"),
  APPOINTMENT("Appointment"),
  ABSENCE("Absence"),
  CLOSURE("Closure"),
  BLOCK("Blocked"),
  EXTRA_OPENING("Extra opening");

  private final String label;

  BlockKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isException() {
    return this != FREE && this != APPOINTMENT;
  }

  /** The block kind of an exception kind as the API names it. */
  static Optional<BlockKind> ofException(String apiKind) {
    try {
      BlockKind kind = valueOf(apiKind.toUpperCase(Locale.ROOT));
      return kind.isException() ? Optional.of(kind) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
