package com.medislot.datagen;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The validated options of one generator run. Immutable; no accessor returns {@code null}.
 *
 * @param jdbcUrl a {@code jdbc:postgresql:} URL
 * @param user database user
 * @param password database password (may be empty)
 * @param practitioners number of practitioners, at least 1
 * @param patients number of patient accounts, at least 0
 * @param seed seed of every random choice: the same seed gives the same data
 * @param appointmentShare share of the template slots to book, between 0 and 1
 * @param weeks number of weeks, from {@code from}, that receive appointments (1 to 52)
 * @param from first day with appointments; empty: the day after today (UTC)
 * @param patientPasswordHash password hash stored for every generated patient; empty: the built-in
 *     hash of an unknown password
 */
public record Arguments(
    String jdbcUrl,
    String user,
    String password,
    int practitioners,
    long patients,
    long seed,
    double appointmentShare,
    int weeks,
    Optional<LocalDate> from,
    Optional<String> patientPasswordHash) {

  static final String USAGE =
      "usage: java -jar data-generator.jar --jdbc-url=jdbc:postgresql://HOST:PORT/DB --user=USER"
          + " --password=PASSWORD --practitioners=N --patients=N --seed=N"
          + " [--appointment-share=0.3] [--weeks=4] [--from=YYYY-MM-DD]"
          + " [--patient-password-hash=HASH]";

  private static final Set<String> KNOWN =
      Set.of(
          "jdbc-url",
          "user",
          "password",
          "practitioners",
          "patients",
          "seed",
          "appointment-share",
          "weeks",
          "from",
          "patient-password-hash");
  private static final List<String> REQUIRED =
      List.of("jdbc-url", "user", "password", "practitioners", "patients", "seed");

  /** Compact constructor: checks every bound, so that no invalid run can be described. */
  public Arguments {
    if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("jdbcUrl must be a jdbc:postgresql: URL");
    }
    if (user == null || password == null || from == null || patientPasswordHash == null) {
      throw new IllegalArgumentException("no argument may be null");
    }
    if (practitioners < 1) {
      throw new IllegalArgumentException("practitioners must be at least 1");
    }
    if (patients < 0) {
      throw new IllegalArgumentException("patients must not be negative");
    }
    if (!(appointmentShare >= 0 && appointmentShare <= 1)) {
      throw new IllegalArgumentException("appointmentShare must lie in [0, 1]");
    }
    if (weeks < 1 || weeks > 52) {
      throw new IllegalArgumentException("weeks must lie in [1, 52]");
    }
  }

  /**
   * Parses {@code --name=value} options.
   *
   * @throws UsageException naming the offending option, for an unknown, repeated, missing or
   *     out-of-range option
   */
  public static Arguments parse(String... args) throws UsageException {
    Map<String, String> values = new HashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (!arg.startsWith("--") || eq < 0) {
        throw new UsageException("expected --name=value, got: " + arg);
      }
      String name = arg.substring(2, eq);
      if (!KNOWN.contains(name)) {
        throw new UsageException("unknown option: --" + name);
      }
      if (values.put(name, arg.substring(eq + 1)) != null) {
        throw new UsageException("option given twice: --" + name);
      }
    }
    for (String name : REQUIRED) {
      if (!values.containsKey(name)) {
        throw new UsageException("missing option: --" + name);
      }
    }
    String url = values.get("jdbc-url");
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new UsageException("--jdbc-url must start with jdbc:postgresql:");
    }
    int practitioners = (int) longOption(values, "practitioners", 1, 10_000_000);
    long patients = longOption(values, "patients", 0, 1_000_000_000);
    long seed = longOption(values, "seed", Long.MIN_VALUE, Long.MAX_VALUE);
    double share = shareOption(values.getOrDefault("appointment-share", "0.3"));
    int weeks =
        (int) longOption(Map.of("weeks", values.getOrDefault("weeks", "4")), "weeks", 1, 52);
    Optional<LocalDate> from = Optional.empty();
    if (values.containsKey("from")) {
      try {
        from = Optional.of(LocalDate.parse(values.get("from")));
      } catch (DateTimeParseException e) {
        throw new UsageException("--from must be a date YYYY-MM-DD, got: " + values.get("from"));
      }
    }
    Optional<String> hash = Optional.ofNullable(values.get("patient-password-hash"));
    if (hash.isPresent() && hash.get().isBlank()) {
      throw new UsageException("--patient-password-hash must not be empty");
    }
    return new Arguments(
        url,
        values.get("user"),
        values.get("password"),
        practitioners,
        patients,
        seed,
        share,
        weeks,
        from,
        hash);
  }

  private static long longOption(Map<String, String> values, String name, long min, long max)
      throws UsageException {
    String raw = values.get(name);
    long value;
    try {
      value = Long.parseLong(raw.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be a whole number, got: " + raw);
    }
    if (value < min || value > max) {
      throw new UsageException(
          "--" + name + " must lie in [" + min + ", " + max + "], got: " + raw);
    }
    return value;
  }

  private static double shareOption(String raw) throws UsageException {
    double value;
    try {
      value = Double.parseDouble(raw);
    } catch (NumberFormatException e) {
      throw new UsageException("--appointment-share must be a number, got: " + raw);
    }
    if (!(value >= 0 && value <= 1)) {
      throw new UsageException("--appointment-share must lie in [0, 1], got: " + raw);
    }
    return value;
  }

  @Override
  public String toString() {
    // never print the password
    return "Arguments[jdbcUrl="
        + jdbcUrl
        + ", user="
        + user
        + ", practitioners="
        + practitioners
        + ", patients="
        + patients
        + ", seed="
        + seed
        + ", appointmentShare="
        + appointmentShare
        + ", weeks="
        + weeks
        + ", from="
        + from.map(LocalDate::toString).orElse("tomorrow")
        + "]";
  }
}
