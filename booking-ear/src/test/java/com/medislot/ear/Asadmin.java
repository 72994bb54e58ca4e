package com.medislot.ear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@code asadmin} of one Payara Server installation, one command per process, and appends
 * every command with its output to a log file.
 *
 * <p>Immutable. The environment given here is added to this JVM's own and is inherited by whatever
 * asadmin starts, the domain's server process included.
 */
final class Asadmin {

  private final Path executable;
  private final Map<String, String> environment;
  private final Path log;

  private Asadmin(Path executable, Map<String, String> environment, Path log) {
    this.executable = executable;
    this.environment = Map.copyOf(environment);
    this.log = log;
  }

  /**
   * @param payaraHome the installation (the directory holding {@code bin/asadmin})
   * @param environment variables to add for every command; values are never logged
   * @param log file receiving each command line and its output
   */
  static Asadmin of(Path payaraHome, Map<String, String> environment, Path log) {
    Path executable = payaraHome.resolve("bin").resolve("asadmin");
    if (!Files.isExecutable(executable)) {
      throw new IllegalStateException("no asadmin at " + executable);
    }
    return new Asadmin(executable, environment, log);
  }

  /**
   * Runs one command to its end.
   *
   * @param timeout how long the command may take; after it the command and what it started while
   *     still attached are killed
   * @param arguments the command and its options, e.g. {@code deploy --name x file}
   * @return the command's output (standard output and error together)
   * @throws IllegalStateException if the command fails or times out, with its output
   */
  String run(Duration timeout, String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.add("--interactive=false");
    command.addAll(List.of(arguments));
    // no secret here: those travel in the environment
    String label = "asadmin " + String.join(" ", arguments);
    try {
      // A file, not a pipe: start-domain leaves a server running that may hold the
      // descriptors it inherited, and a pipe would then never reach its end.
      Path output = Files.createTempFile(log.getParent(), "asadmin-", ".out");
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
      builder.environment().putAll(environment);
      // the server runs on the JDK running this test, whatever java is on the PATH
      builder.environment().put("AS_JAVA", System.getProperty("java.home"));
      // asadmin keeps a cache per host and port in ~/.gfclient: keep it in the work directory
      builder
          .environment()
          .put("AS_EXTRA_JAVA_OPTS", "-Duser.home=" + log.getParent().resolve("asadmin-home"));
      Process process = builder.start();
      boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (!ended) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
      String text = Files.readString(output, StandardCharsets.UTF_8);
      Files.delete(output);
      append(String.join(" ", command) + "\n" + text + "\n");
      if (!ended) {
        throw new IllegalStateException(
            label + " did not end within " + timeout.toSeconds() + " s:\n" + text);
      }
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            label + " failed (exit " + process.exitValue() + "):\n" + text);
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + label, e);
    }
  }

  private void append(String text) throws IOException {
    Files.writeString(
        log, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }
}
