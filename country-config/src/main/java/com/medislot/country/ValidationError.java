package com.medislot.country;

import java.util.Objects;

/**
 * One problem found in a country file. Immutable; no component is null.
 *
 * @param file the file name as given to the parser
 * @param line 1-based line of the offending value, or 0 when the problem concerns the whole file
 *     (size, encoding)
 * @param field dotted path of the offending field ({@code bookingRules.minimumNotice}, {@code
 *     timeZones[1].zone}), or empty for the whole document
 * @param message what is wrong, in words meant for the person who edits the file
 */
public record ValidationError(String file, int line, String field, String message) {

  public ValidationError {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0: " + line);
    }
  }

  /** Formats as {@code FR.json:12: bookingRules.minimumNotice: not an ISO-8601 duration}. */
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
