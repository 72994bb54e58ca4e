package com.medislot.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.lang.management.ManagementFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuSharesTest {

  @Test
  void theMachineLineSplitsIntoBusyAndIdleTicks() {
    // user nice system idle iowait irq softirq steal guest guest_nice
    long[] ticks = CpuShares.machine("cpu  100 5 50 1000 20 3 2 1 7 0");

    assertThat(ticks).containsExactly(161, 1020);
    assertThatThrownBy(() -> CpuShares.machine("cpu0 1 2 3 4 5 6 7 8"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aProcessLineGivesItsCommandAndItsUserAndSystemTicksEvenWithParenthesesInTheName() {
    String line =
        "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 30 0 0 20 0 61 0 900"
            + " 1000 200 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0";

    assertThat(CpuShares.processTicks(line)).isEqualTo(Map.entry("java (main) x", 280L));
  }

  @Test
  void processesAreGroupedByWhatTheyRun() {
    assertThat(CpuShares.group(7, 7, "java", "java\0-cp\0x")).isEqualTo(CpuShares.GENERATOR);
    assertThat(CpuShares.group(8, 7, "postgres", "postgres: medislot idle"))
        .isEqualTo(CpuShares.DATABASE);
    assertThat(CpuShares.group(9, 7, "java", "java\0-jar\0/r/payara-micro.jar\0--deploy"))
        .isEqualTo(CpuShares.SERVER);
    assertThat(CpuShares.group(10, 7, "java", "java\0-jar\0/r/medislot-launcher-runnable.jar"))
        .isEqualTo(CpuShares.LAUNCHER);
    assertThat(CpuShares.group(11, 7, "sshd", "sshd: root")).isEqualTo(CpuShares.OTHER);
  }

  @Test
  void aPhaseCountsEachGroupsTicksSinceItsStartAndLeavesTheRestToOthers() {
    CpuShares.Snapshot before =
        new CpuShares.Snapshot(
            1_000,
            5_000,
            Map.of(
                1L, new CpuShares.Ticks(CpuShares.SERVER, 400),
                2L, new CpuShares.Ticks(CpuShares.GENERATOR, 100),
                3L, new CpuShares.Ticks(CpuShares.DATABASE, 50)));
    // 400 ticks of 2 processors = 2 s: 300 busy, 100 idle
    CpuShares.Snapshot after =
        new CpuShares.Snapshot(
            1_300,
            5_100,
            Map.of(
                1L, new CpuShares.Ticks(CpuShares.SERVER, 600),
                2L, new CpuShares.Ticks(CpuShares.GENERATOR, 160),
                // a database process that started during the phase counts from zero
                4L, new CpuShares.Ticks(CpuShares.DATABASE, 20),
                5L, new CpuShares.Ticks(CpuShares.OTHER, 99_999)));

    CpuShares.Usage usage = CpuShares.between(before, after, 2);

    assertThat(usage.of(CpuShares.SERVER)).isCloseTo(1.0, within(1e-9));
    assertThat(usage.of(CpuShares.GENERATOR)).isCloseTo(0.3, within(1e-9));
    assertThat(usage.of(CpuShares.DATABASE)).isCloseTo(0.1, within(1e-9));
    assertThat(usage.of(CpuShares.LAUNCHER)).isZero();
    // 300 busy ticks, 280 of them named: the other 20 are the rest's, whatever it was
    assertThat(usage.of(CpuShares.OTHER)).isCloseTo(0.1, within(1e-9));
    assertThat(usage.idle()).isCloseTo(0.5, within(1e-9));
    assertThat(usage.describe())
        .startsWith("Payara Micro 1.00 (50 %), PostgreSQL 0.10 (5 %), load generator")
        .endsWith("idle 0.50 (25 %)");
  }

  @Test
  void theWorkOfThisJvmShowsAsTheLoadGeneratorsOnThisMachine() {
    CpuShares.Snapshot before = CpuShares.take().orElseThrow();
    var threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    long spin = 0;
    while (threads.getCurrentThreadCpuTime() - start < 300_000_000L) {
      spin += Long.numberOfTrailingZeros(spin + System.nanoTime());
    }
    CpuShares.Snapshot after = CpuShares.take().orElseThrow();

    CpuShares.Usage usage =
        CpuShares.between(before, after, Runtime.getRuntime().availableProcessors());

    // 300 ms of this thread's CPU are about 30 ticks of this process
    assertThat(
            after.processes().get(ProcessHandle.current().pid()).ticks()
                - before.processes().get(ProcessHandle.current().pid()).ticks())
        .as("ticks of this process (spin %d)", spin)
        .isGreaterThanOrEqualTo(20);
    assertThat(usage.of(CpuShares.GENERATOR)).isGreaterThan(0);
  }
}
