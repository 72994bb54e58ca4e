package com.medislot.benchmarks.load;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Who used the machine's CPU over a phase of the benchmark: Payara Micro, PostgreSQL, this load
 * generator, the launcher and its broker, the rest, and how much stayed idle. Everything runs on
 * the same machine, so a throughput means little without knowing how much of the CPU the server
 * had: the load generator's own share is CPU the server did not get.
 *
 * <p>Read from Linux's {@code /proc} (the machine's and each process's CPU ticks) at the start and
 * the end of a phase; elsewhere {@link #take()} gives nothing and the figures are left out. A
 * process that started and ended inside the phase is not seen; its ticks count as "other".
 */
final class CpuShares {

  static final String SERVER = "Payara Micro";
  static final String DATABASE = "PostgreSQL";
  static final String GENERATOR = "load generator (this JVM)";
  static final String LAUNCHER = "launcher and broker";
  static final String OTHER = "other processes";

  private static final Path PROC = Path.of("/proc");
  private static final List<String> ORDER = List.of(SERVER, DATABASE, GENERATOR, LAUNCHER, OTHER);

  /**
   * The machine's CPU ticks since boot, and each process's.
   *
   * @param busy ticks spent working, on all processors
   * @param idle ticks spent idle or waiting for the disk
   * @param processes by process id: its group ({@link #group}) and its ticks (user and system)
   */
  record Snapshot(long busy, long idle, Map<Long, Ticks> processes) {}

  /** A process's group and its CPU ticks. */
  record Ticks(String group, long ticks) {}

  /**
   * The CPU of one phase in processors' worth: 1.0 is one processor busy for the whole phase.
   *
   * @param byGroup processors' worth used by each group, in {@link #ORDER}
   * @param idle processors' worth left idle
   * @param processors the processors the machine has
   */
  record Usage(Map<String, Double> byGroup, double idle, int processors) {

    double of(String group) {
      return byGroup.getOrDefault(group, 0.0);
    }

    /** One line: each group's processors' worth and share of the machine. */
    String describe() {
      StringBuilder line = new StringBuilder();
      for (Map.Entry<String, Double> e : byGroup.entrySet()) {
        line.append(
            String.format("%s %.2f (%.0f %%), ", e.getKey(), e.getValue(), share(e.getValue())));
      }
      return line.append(String.format("idle %.2f (%.0f %%)", idle, share(idle))).toString();
    }

    private double share(double cores) {
      return 100 * cores / processors;
    }
  }

  private CpuShares() {}

  /** The machine's CPU now, or nothing where there is no Linux {@code /proc}. */
  static Optional<Snapshot> take() {
    if (!Files.isReadable(PROC.resolve("stat"))) {
      return Optional.empty();
    }
    try {
      long[] machine = machine(Files.readAllLines(PROC.resolve("stat")).get(0));
      long self = ProcessHandle.current().pid();
      Map<Long, Ticks> processes = new LinkedHashMap<>();
      try (Stream<Path> entries = Files.list(PROC)) {
        for (Path entry : (Iterable<Path>) entries::iterator) {
          String name = entry.getFileName().toString();
          if (!name.chars().allMatch(Character::isDigit)) {
            continue;
          }
          long pid = Long.parseLong(name);
          readProcess(entry, pid, self).ifPresent(t -> processes.put(pid, t));
        }
      }
      return Optional.of(new Snapshot(machine[0], machine[1], processes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What each group used between two snapshots. */
  static Usage between(Snapshot before, Snapshot after, int processors) {
    long busy = after.busy() - before.busy();
    long idle = after.idle() - before.idle();
    long total = Math.max(1, busy + idle);
    Map<String, Long> ticks = new LinkedHashMap<>();
    ORDER.forEach(g -> ticks.put(g, 0L));
    long seen = 0;
    for (Map.Entry<Long, Ticks> e : after.processes().entrySet()) {
      if (e.getValue().group().equals(OTHER)) {
        continue;
      }
      Ticks earlier = before.processes().get(e.getKey());
      long used = e.getValue().ticks() - (earlier == null ? 0 : earlier.ticks());
      ticks.merge(e.getValue().group(), used, Long::sum);
      seen += used;
    }
    // whatever the named groups did not use was used by the rest, seen or not
    ticks.put(OTHER, Math.max(0, busy - seen));
    Map<String, Double> cores = new LinkedHashMap<>();
    ticks.forEach((g, t) -> cores.put(g, (double) t * processors / total));
    return new Usage(cores, (double) idle * processors / total, processors);
  }

  /** Prints one line on what used the CPU over a phase, if both snapshots exist. */
  static Optional<Usage> print(
      PrintStream out, String phase, Optional<Snapshot> before, Optional<Snapshot> after) {
    if (before.isEmpty() || after.isEmpty()) {
      return Optional.empty();
    }
    Usage usage = between(before.get(), after.get(), Runtime.getRuntime().availableProcessors());
    out.printf("  CPU %s, in processors: %s%n", phase, usage.describe());
    return Optional.of(usage);
  }

  /**
   * The group of a process, from its command line (arguments separated by NUL characters) and its
   * command name.
   */
  static String group(long pid, long self, String command, String commandLine) {
    if (pid == self) {
      return GENERATOR;
    }
    if (command.equals("postgres")) {
      return DATABASE;
    }
    if (commandLine.contains("payara-micro")) {
      return SERVER;
    }
    if (commandLine.contains("medislot-launcher")) {
      return LAUNCHER;
    }
    return OTHER;
  }

  /** The busy and idle ticks of the {@code cpu} line of {@code /proc/stat}. */
  static long[] machine(String cpuLine) {
    String[] f = cpuLine.trim().split("\\s+");
    if (!f[0].equals("cpu")) {
      throw new IllegalArgumentException("not the machine's cpu line: " + cpuLine);
    }
    long busy = 0;
    long idle = 0;
    // user nice system idle iowait irq softirq steal (guest time is already counted in user)
    for (int i = 1; i <= 8 && i < f.length; i++) {
      long v = Long.parseLong(f[i]);
      if (i == 4 || i == 5) {
        idle += v;
      } else {
        busy += v;
      }
    }
    return new long[] {busy, idle};
  }

  /** The command name and user plus system ticks of a {@code /proc/<pid>/stat} line. */
  static Map.Entry<String, Long> processTicks(String statLine) {
    int open = statLine.indexOf('(');
    int close = statLine.lastIndexOf(')');
    String command = statLine.substring(open + 1, close);
    // after the command: state, ppid, …; utime and stime are the 14th and 15th fields of the line
    String[] f = statLine.substring(close + 2).split(" ");
    return Map.entry(command, Long.parseLong(f[11]) + Long.parseLong(f[12]));
  }

  private static Optional<Ticks> readProcess(Path dir, long pid, long self) {
    try {
      Map.Entry<String, Long> stat = processTicks(Files.readString(dir.resolve("stat")));
      String commandLine =
          new String(Files.readAllBytes(dir.resolve("cmdline")), StandardCharsets.UTF_8);
      return Optional.of(new Ticks(group(pid, self, stat.getKey(), commandLine), stat.getValue()));
    } catch (IOException e) {
      return Optional.empty(); // a process that ended meanwhile, or one this user cannot read
    }
  }
}
