package com.medislot.benchmarks.load;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Issues one kind of request at a fixed rate whatever the answers' speed (an open model), and
 * measures each latency from the moment the request was <em>due</em>, not from when it could be
 * sent: when the system or the client falls behind, the waiting counts (no coordinated omission).
 * At most {@code maxInFlight} requests are outstanding; past that the schedule waits, and the wait
 * shows in the latencies. An operation that could not be attempted on the client side (its outcome
 * starts with {@value #SKIPPED}) is counted but has no latency.
 */
final class OpenLoop {

  /** Latencies above this are recorded at this value (1 minute, in microseconds). */
  private static final long MAX_MICROS = 60_000_000L;

  /** The outcome prefix of an operation the client could not attempt. */
  static final String SKIPPED = "skipped: ";

  private final String name;
  private final double perSecond;
  private final Semaphore inFlight;
  private final int maxInFlight;
  private final Supplier<CompletableFuture<String>> operation;
  private final Recorder recorder = new Recorder(MAX_MICROS, 3);
  private final Histogram measured = new Histogram(MAX_MICROS, 3);
  private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
  private volatile boolean measuring;
  private volatile long maxLagNanos;
  private volatile long unsent;

  /**
   * @param operation starts one request; its future completes with an outcome label (e.g. the HTTP
   *     status) and must not block the caller
   */
  OpenLoop(
      String name,
      double perSecond,
      int maxInFlight,
      Supplier<CompletableFuture<String>> operation) {
    if (perSecond <= 0) {
      throw new IllegalArgumentException(name + ": the rate must be positive");
    }
    this.name = name;
    this.perSecond = perSecond;
    this.maxInFlight = maxInFlight;
    this.inFlight = new Semaphore(maxInFlight);
    this.operation = operation;
  }

  double rate() {
    return perSecond;
  }

  /** Runs the schedule for {@code length} on a thread of its own and returns that thread. */
  Thread start(Duration length) {
    Thread scheduler = new Thread(() -> schedule(length.toNanos()), "open-loop-" + name);
    scheduler.start();
    return scheduler;
  }

  private void schedule(long lengthNanos) {
    long period = (long) (1e9 / perSecond);
    long begin = System.nanoTime();
    long total = lengthNanos / period;
    for (long i = 0; i < total; i++) {
      long due = begin + i * period;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      if (!acquireBefore(begin + lengthNanos)) {
        unsent = total - i;
        return;
      }
      maxLagNanos = Math.max(maxLagNanos, System.nanoTime() - due);
      boolean counted = measuring;
      CompletableFuture<String> answer;
      try {
        answer = operation.get();
      } catch (RuntimeException e) {
        answer = CompletableFuture.failedFuture(e);
      }
      answer.whenComplete(
          (outcome, error) -> {
            if (error != null || !outcome.startsWith(SKIPPED)) {
              recorder.recordValue(Math.min(MAX_MICROS, (System.nanoTime() - due) / 1_000));
            }
            if (counted) {
              String label = error == null ? outcome : "error " + rootCause(error);
              outcomes.computeIfAbsent(label, k -> new LongAdder()).increment();
            }
            inFlight.release();
          });
    }
  }

  private boolean acquireBefore(long deadline) {
    try {
      return inFlight.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Requests that were due but never sent: the schedule ended while too many were outstanding. */
  long unsent() {
    return unsent;
  }

  /** Waits until every outstanding request has answered (or the timeout passed). */
  boolean drain(Duration timeout) throws InterruptedException {
    if (inFlight.tryAcquire(maxInFlight, timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      inFlight.release(maxInFlight);
      return true;
    }
    return false;
  }

  /** From now on latencies and outcomes count (the warm-up's are dropped). */
  void startMeasuring() {
    recorder.getIntervalHistogram();
    measuring = true;
  }

  /** The latencies since the last call; measured ones are added to the total. */
  Histogram interval() {
    Histogram h = recorder.getIntervalHistogram();
    if (measuring) {
      measured.add(h);
    }
    return h;
  }

  Histogram measured() {
    return measured;
  }

  Map<String, Long> outcomes() {
    Map<String, Long> copy = new TreeMap<>();
    outcomes.forEach((k, v) -> copy.put(k, v.sum()));
    return copy;
  }

  /** How late, at worst, a request was sent after it was due (the client or the server lagging). */
  Duration maxLag() {
    return Duration.ofNanos(maxLagNanos);
  }

  /** One line: rate and latency percentiles of a histogram, in milliseconds. */
  static void printLine(PrintStream out, String label, Histogram h, double seconds) {
    out.printf(
        "%-22s %8.1f req/s  p50 %7.2f  p95 %7.2f  p99 %7.2f  p99.9 %8.2f  max %8.2f ms  (%,d)%n",
        label,
        h.getTotalCount() / seconds,
        h.getValueAtPercentile(50) / 1000.0,
        h.getValueAtPercentile(95) / 1000.0,
        h.getValueAtPercentile(99) / 1000.0,
        h.getValueAtPercentile(99.9) / 1000.0,
        h.getMaxValue() / 1000.0,
        h.getTotalCount());
  }

  private static String rootCause(Throwable error) {
    Throwable t = error;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName();
  }
}
