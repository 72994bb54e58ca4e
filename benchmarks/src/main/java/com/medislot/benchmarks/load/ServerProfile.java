package com.medislot.benchmarks.load;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A flight recording of the server (JFR's {@code profile} settings) over part of a measurement,
 * started with the JDK's {@code jcmd} on the server's process, then summarised by {@link
 * ProfileSummary}. The recording is kept beside the run's other files for a closer look ({@code jfr
 * print --events jdk.ExecutionSample}).
 */
final class ServerProfile {

  private final Path file;
  private final long endsAtNanos;
  private final String title;

  private ServerProfile(Path file, long endsAtNanos, String title) {
    this.file = file;
    this.endsAtNanos = endsAtNanos;
    this.title = title;
  }

  /** Starts a recording of {@code length} on process {@code pid}, written to {@code file}. */
  static ServerProfile start(long pid, Duration length, Path file, String title)
      throws IOException, InterruptedException {
    Files.deleteIfExists(file);
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process p =
        new ProcessBuilder(
                List.of(
                    jcmd.toString(),
                    Long.toString(pid),
                    "JFR.start",
                    "settings=profile",
                    "duration=" + Math.max(1, length.toSeconds()) + "s",
                    "filename=" + file.toAbsolutePath()))
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0 || output.contains("Exception")) {
      throw new IOException("jcmd could not start a recording of process " + pid + ": " + output);
    }
    return new ServerProfile(file, System.nanoTime() + length.toNanos(), title);
  }

  /** Waits for the recording to end and be written, then prints the summary. */
  void awaitAndPrint(PrintStream out) throws IOException, InterruptedException {
    long deadline = Math.max(endsAtNanos, System.nanoTime()) + Duration.ofSeconds(60).toNanos();
    // JFR writes the file when the recording stops; a size that stays put means it is complete
    long lastSize = -1;
    while (System.nanoTime() < deadline) {
      long size = Files.exists(file) ? Files.size(file) : -1;
      if (System.nanoTime() > endsAtNanos && size > 0 && size == lastSize) {
        ProfileSummary.of(file).print(out, title);
        out.printf("  recording: %s%n", file);
        return;
      }
      lastSize = size;
      Thread.sleep(1_000);
    }
    out.printf("%nno flight recording in %s (%s)%n", file, title);
  }
}
