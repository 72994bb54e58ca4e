package com.medislot.console.countries;

import java.util.Objects;

/**
 * One problem in a country file, from the shared validator or from the server.
 *
 * @param line 1-based, 0 for the whole file
 */
public record FileError(String file, int line, String field, String message) {

  public FileError {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  /** {@code FR.json:12: bookingRules.minimumNotice: not an ISO-8601 duration}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(file);
    if (line > 0) {
      text.append(':').append(line);
    }
    text.append(": ");
    if (!field.isEmpty()) {
      text.append(field).append(": ");
    }
    return text.append(message).toString();
  }
}
