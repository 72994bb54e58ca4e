package com.medislot.booking.appointment;

import com.medislot.booking.errors.InvalidInputException;
import java.util.Objects;

/**
 * Why staff cancelled an appointment, as the patient and integrators will read it. Immutable; never
 * blank, at most {@value #MAX_LENGTH} characters, no control characters except line breaks.
 */
public final class CancellationReason {

  public static final int MAX_LENGTH = 500;

  private final String text;

  private CancellationReason(String text) {
    this.text = text;
  }

  /**
   * The reason with surrounding whitespace removed.
   *
   * @throws InvalidInputException naming {@code reason} when it is missing, blank, too long or
   *     holds control characters
   */
  public static CancellationReason of(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new InvalidInputException("reason", "is required");
    }
    String text = raw.strip();
    if (text.length() > MAX_LENGTH) {
      throw new InvalidInputException("reason", "must be at most " + MAX_LENGTH + " characters");
    }
    boolean control =
        text.chars()
            .anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    if (control) {
      throw new InvalidInputException("reason", "must not contain control characters");
    }
    return new CancellationReason(text);
  }

  public String text() {
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CancellationReason r && r.text.equals(text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text);
  }

  @Override
  public String toString() {
    return text;
  }
}
