package com.medislot.ear;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How long each step of a run took, in the order the steps ran. Not thread-safe. */
final class Timings {

  /** A step that may throw anything a test may throw. */
  @FunctionalInterface
  interface Step {
    void run() throws Exception;
  }

  /** A step that produces a value. */
  @FunctionalInterface
  interface ValueStep<T> {
    T run() throws Exception;
  }

  private final List<String> lines = new ArrayList<>();

  /** Runs a step and records its duration, also when it fails. */
  void time(String name, Step step) throws Exception {
    measure(
        name,
        () -> {
          step.run();
          return null;
        });
  }

  /** Runs a step, records its duration, also when it fails, and returns its value. */
  <T> T measure(String name, ValueStep<T> step) throws Exception {
    long start = System.nanoTime();
    boolean done = false;
    try {
      T value = step.run();
      done = true;
      return value;
    } finally {
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      String line =
          String.format(
              Locale.ROOT,
              "%-16s %6.1f s%s",
              name,
              took.toMillis() / 1000.0,
              done ? "" : "  (failed)");
      lines.add(line);
      System.out.println("[EAR smoke test] " + line);
    }
  }

  @Override
  public String toString() {
    return String.join("\n", lines);
  }
}
