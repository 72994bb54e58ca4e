package com.medislot.country;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A holiday library calendar and an optional path of regions inside it, written {@code jollyday:fr}
 * or {@code jollyday:it/21/to} in country files.
 */
record CalendarRef(String calendar, List<String> path) {

  static final String PREFIX = "jollyday:";
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_]{1,16}");

  CalendarRef {
    path = List.copyOf(path);
  }

  /** Reads the textual form; empty when it is not well-formed (existence is not checked). */
  static Optional<CalendarRef> parse(String text) {
    if (!text.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String[] segments = text.substring(PREFIX.length()).split("/", -1);
    for (String segment : segments) {
      if (!SEGMENT.matcher(segment).matches()) {
        return Optional.empty();
      }
    }
    return Optional.of(
        new CalendarRef(
            segments[0].toLowerCase(Locale.ROOT), List.of(segments).subList(1, segments.length)));
  }

  CalendarRef child(String region) {
    List<String> longer = new ArrayList<>(path);
    longer.add(region);
    return new CalendarRef(calendar, longer);
  }

  @Override
  public String toString() {
    return PREFIX + calendar + (path.isEmpty() ? "" : "/" + String.join("/", path));
  }
}
