package com.medislot.benchmarks.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;

/**
 * As many requests as {@code threads} callers can make back to back for a while: the capacity of
 * what they call, not a latency under a given load (that is {@link OpenLoop}'s job).
 */
final class ClosedLoop {

  /** One request made by a caller with its own random source; returns normally on success. */
  interface Call {
    void run(SplittableRandom random) throws Exception;
  }

  record Result(Histogram micros, double seconds, long failures) {
    double perSecond() {
      return micros.getTotalCount() / seconds;
    }
  }

  private ClosedLoop() {}

  static Result run(int threads, Duration length, Call call) throws InterruptedException {
    Histogram total = new Histogram(60_000_000L, 3);
    LongAdder failures = new LongAdder();
    List<Thread> callers = new ArrayList<>();
    List<Histogram> parts = new ArrayList<>();
    long end = System.nanoTime() + length.toNanos();
    long begin = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      Histogram mine = new Histogram(60_000_000L, 3);
      parts.add(mine);
      SplittableRandom random = new SplittableRandom(1_000 + t);
      Thread caller =
          new Thread(
              () -> {
                while (System.nanoTime() < end) {
                  long start = System.nanoTime();
                  try {
                    call.run(random);
                    mine.recordValue(Math.min(60_000_000L, (System.nanoTime() - start) / 1_000));
                  } catch (Exception e) {
                    failures.increment();
                  }
                }
              },
              "closed-loop-" + t);
      caller.start();
      callers.add(caller);
    }
    for (Thread caller : callers) {
      caller.join();
    }
    double seconds = (System.nanoTime() - begin) / 1e9;
    parts.forEach(total::add);
    return new Result(total, seconds, failures.sum());
  }
}
