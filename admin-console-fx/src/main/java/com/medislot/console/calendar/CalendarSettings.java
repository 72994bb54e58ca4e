package com.medislot.console.calendar;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.function.Function;

/**
 * Settings of the calendar screens. Immutable.
 *
 * @param refreshInterval how often the shown calendar is reloaded, so changes made elsewhere appear
 *     by themselves
 */
public record CalendarSettings(Duration refreshInterval) {

  /** System property: an ISO-8601 duration ({@code PT15S}) or a number of seconds. */
  public static final String REFRESH_INTERVAL_PROPERTY = "medislot.console.refresh-interval";

  public static final Duration DEFAULT_REFRESH_INTERVAL = Duration.ofSeconds(15);
  static final Duration SHORTEST = Duration.ofSeconds(1);

  public CalendarSettings {
    Objects.requireNonNull(refreshInterval, "refreshInterval");
    if (refreshInterval.compareTo(SHORTEST) < 0) {
      throw new IllegalArgumentException("refresh interval below one second: " + refreshInterval);
    }
  }

  /** Reads the settings; a missing or unreadable value falls back to the default. */
  public static CalendarSettings from(Function<String, String> properties) {
    String raw = properties.apply(REFRESH_INTERVAL_PROPERTY);
    if (raw == null || raw.isBlank()) {
      return new CalendarSettings(DEFAULT_REFRESH_INTERVAL);
    }
    String text = raw.strip();
    try {
      Duration parsed =
          text.chars().allMatch(Character::isDigit)
              ? Duration.ofSeconds(Long.parseLong(text))
              : Duration.parse(text);
      return new CalendarSettings(parsed.compareTo(SHORTEST) < 0 ? SHORTEST : parsed);
    } catch (DateTimeParseException | NumberFormatException e) {
      return new CalendarSettings(DEFAULT_REFRESH_INTERVAL);
    }
  }
}
