package com.medislot.benchmarks;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The {@code --name=value} options of a benchmark's command line. Immutable. */
public final class Options {

  private final Map<String, String> values;

  private Options(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /**
   * @throws IllegalArgumentException for an argument that is not {@code --name=value}
   */
  public static Options parse(String... args) {
    Map<String, String> values = new HashMap<>();
    for (String arg : args) {
      int equals = arg.indexOf('=');
      if (!arg.startsWith("--") || equals < 3) {
        throw new IllegalArgumentException("expected --name=value, got '" + arg + "'");
      }
      values.put(arg.substring(2, equals), arg.substring(equals + 1));
    }
    return new Options(values);
  }

  public Optional<String> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  public String get(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  public int getInt(String name, int fallback) {
    return get(name).map(Integer::parseInt).orElse(fallback);
  }

  public double getDouble(String name, double fallback) {
    return get(name).map(Double::parseDouble).orElse(fallback);
  }

  public boolean getBoolean(String name, boolean fallback) {
    return get(name).map(Boolean::parseBoolean).orElse(fallback);
  }

  /** A duration in seconds ({@code 300}) or ISO-8601 ({@code PT5M}). */
  public Duration getDuration(String name, Duration fallback) {
    return get(name)
        .map(v -> v.startsWith("P") ? Duration.parse(v) : Duration.ofSeconds(Long.parseLong(v)))
        .orElse(fallback);
  }
}
