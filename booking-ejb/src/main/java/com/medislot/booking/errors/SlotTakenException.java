package com.medislot.booking.errors;

import java.time.Instant;
import java.util.List;

/** The slot exists in the calendar but someone else holds it; carries nearby free starts. */
public class SlotTakenException extends ConflictException {
  private static final long serialVersionUID = 1L;
  private final List<Instant> alternatives;

  public SlotTakenException(List<Instant> alternatives) {
    super("start", "This slot has just been taken");
    this.alternatives = List.copyOf(alternatives);
  }

  public List<Instant> alternatives() {
    return alternatives;
  }
}
