package com.medislot.web.support;

import com.medislot.booking.errors.InvalidInputException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * Strict parsing of query parameters and path values: every failure is a 400 naming the parameter
 * (JAX-RS would answer 404 for an unconvertible query parameter).
 */
public final class Params {

  private static final int MAX_LENGTH = 200;

  /**
   * The first and last days a date or an instant given to the API may name. The country files'
   * holiday rules cover 1900 to 2200, and a calendar query reaches a day beyond its range on either
   * side; no appointment, slot or birth date lies outside.
   */
  public static final LocalDate FIRST_DAY = LocalDate.of(1901, 1, 1);

  public static final LocalDate LAST_DAY = LocalDate.of(2199, 12, 31);

  private static final String SUPPORTED_DAYS = "must be between " + FIRST_DAY + " and " + LAST_DAY;

  private Params() {}

  public static double requiredDouble(String name, String raw, double min, double max) {
    String value =
        present(name, raw).orElseThrow(() -> new InvalidInputException(name, "is required"));
    return inRange(name, parseDouble(name, value), min, max);
  }

  public static double optionalDouble(
      String name, String raw, double fallback, double minExclusive, double max) {
    Optional<String> value = present(name, raw);
    if (value.isEmpty()) {
      return fallback;
    }
    double d = parseDouble(name, value.get());
    if (!(d > minExclusive) || d > max) {
      throw new InvalidInputException(
          name, "must be greater than " + trim(minExclusive) + " and at most " + trim(max));
    }
    return d;
  }

  public static int optionalInt(String name, String raw, int fallback, int min, int max) {
    Optional<String> value = present(name, raw);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      int i = Integer.parseInt(value.get());
      if (i < min || i > max) {
        throw new InvalidInputException(name, "must be between " + min + " and " + max);
      }
      return i;
    } catch (NumberFormatException e) {
      throw new InvalidInputException(name, "must be a whole number");
    }
  }

  public static long id(String name, String raw) {
    try {
      long id =
          Long.parseLong(
              present(name, raw).orElseThrow(() -> new InvalidInputException(name, "is required")));
      if (id <= 0) {
        throw new InvalidInputException(name, "must be a positive identifier");
      }
      return id;
    } catch (NumberFormatException e) {
      throw new InvalidInputException(name, "must be a positive identifier");
    }
  }

  public static Optional<Boolean> optionalBoolean(String name, String raw) {
    return present(name, raw)
        .map(
            v ->
                switch (v.toLowerCase(Locale.ROOT)) {
                  case "true" -> Boolean.TRUE;
                  case "false" -> Boolean.FALSE;
                  default -> throw new InvalidInputException(name, "must be true or false");
                });
  }

  public static Optional<LocalDate> optionalDate(String name, String raw) {
    return present(name, raw)
        .map(
            v -> {
              LocalDate date;
              try {
                date = LocalDate.parse(v);
              } catch (DateTimeException e) {
                throw new InvalidInputException(name, "must be a date YYYY-MM-DD");
              }
              if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
                throw new InvalidInputException(name, SUPPORTED_DAYS);
              }
              return date;
            });
  }

  /** An instant with an offset or {@code Z}, e.g. {@code 2026-12-01T09:30:00+01:00}. */
  public static Instant instant(String name, String raw) {
    String v = present(name, raw).orElseThrow(() -> new InvalidInputException(name, "is required"));
    Instant instant;
    try {
      instant = OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeException e) {
      throw new InvalidInputException(
          name, "must be an ISO-8601 instant with offset, e.g. 2026-12-01T09:30:00+01:00");
    }
    if (instant.isBefore(FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant())
        || !instant.isBefore(LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())) {
      throw new InvalidInputException(name, SUPPORTED_DAYS);
    }
    return instant;
  }

  /**
   * A birth date: given, from {@link #FIRST_DAY} to {@code today}.
   *
   * @throws InvalidInputException naming {@code name} otherwise
   */
  public static LocalDate birthDate(String name, LocalDate date, LocalDate today) {
    if (date == null) {
      throw new InvalidInputException(name, "is required");
    }
    if (date.isBefore(FIRST_DAY) || date.isAfter(today)) {
      throw new InvalidInputException(name, "must be a day from " + FIRST_DAY + " to today");
    }
    return date;
  }

  public static Optional<String> optionalToken(String name, String raw, String pattern) {
    return present(name, raw)
        .map(
            v -> {
              if (!v.matches(pattern)) {
                throw new InvalidInputException(name, "has an invalid format");
              }
              return v;
            });
  }

  private static Optional<String> present(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    if (raw.length() > MAX_LENGTH) {
      throw new InvalidInputException(name, "is too long");
    }
    return Optional.of(raw.trim());
  }

  private static double parseDouble(String name, String value) {
    try {
      double d = Double.parseDouble(value);
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new InvalidInputException(name, "must be a number");
    }
  }

  private static double inRange(String name, double d, double min, double max) {
    if (d < min || d > max) {
      throw new InvalidInputException(name, "must be between " + trim(min) + " and " + trim(max));
    }
    return d;
  }

  private static String trim(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
