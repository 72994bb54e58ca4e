package com.medislot.benchmarks.load;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * Waits for the machine to go quiet before a measurement that must not share it with work left over
 * from the one before (the events, index updates and emails a mixed run leaves queued). The server
 * runs on this machine (all traffic stays on 127.0.0.1), so the machine's CPU load tells when it
 * has caught up, whatever the backlog was made of.
 */
final class IdleMachine {

  private static final Duration SAMPLE = Duration.ofSeconds(1);

  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private final double threshold;
  private final int quietSamples;

  /**
   * @param threshold the machine's CPU load, 0 to 1, below which a sample counts as quiet
   * @param quietSamples how many one-second samples in a row must be quiet
   */
  IdleMachine(double threshold, int quietSamples) {
    if (threshold <= 0 || threshold >= 1 || quietSamples < 1) {
      throw new IllegalArgumentException("threshold in (0, 1) and at least one quiet sample");
    }
    this.threshold = threshold;
    this.quietSamples = quietSamples;
  }

  /**
   * Waits until {@code quietSamples} samples in a row are below the threshold, at most {@code
   * limit}, and prints how long that took.
   *
   * @return whether the machine went quiet in time
   */
  boolean await(PrintStream out, Duration limit) throws InterruptedException {
    long start = System.nanoTime();
    os.getCpuLoad(); // the first reading only starts the interval
    int quiet = 0;
    double load = Double.NaN;
    while (System.nanoTime() - start < limit.toNanos()) {
      Thread.sleep(SAMPLE.toMillis());
      load = os.getCpuLoad();
      quiet = load >= 0 && load < threshold ? quiet + 1 : 0;
      if (quiet == quietSamples) {
        out.printf(
            "%nmachine quiet (CPU below %.0f %% for %d s) after %.1f s%n",
            threshold * 100, quietSamples, (System.nanoTime() - start) / 1e9);
        return true;
      }
    }
    out.printf(
        "%nmachine still busy after %d s (CPU %.0f %%): the next figures share it with"
            + " leftover work%n",
        limit.toSeconds(), load * 100);
    return false;
  }
}
