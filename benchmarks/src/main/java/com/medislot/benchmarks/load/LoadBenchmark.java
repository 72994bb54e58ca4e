package com.medislot.benchmarks.load;

import com.medislot.benchmarks.Options;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.HdrHistogram.Histogram;

/**
 * Search and booking traffic through the web API of a running Medislot, then the same searches on
 * its Lucene index without the web stack.
 *
 * <ol>
 *   <li>Mixed run (open model): searches at {@code --search-rate} per second and bookings at {@code
 *       --booking-rate} per second together, for {@code --warmup} then {@code --duration};
 *       latencies count from when each request was due (HdrHistogram, no coordinated omission).
 *   <li>The emails owed for the measured run's bookings and cancellations, once settled (at most
 *       {@code --mail-wait}): how many the server handed to its mail server, how fast, and how long
 *       after the change ({@link NotificationReport}).
 *   <li>Search capacity: {@code --capacity-clients} callers searching back to back, once the
 *       machine is quiet (CPU below {@code --idle-cpu} for 3 s, waiting at most {@code
 *       --idle-wait}; {@link IdleMachine}), so that it does not share the server with the run's
 *       leftover work.
 *   <li>Raw Lucene capacity on {@code --index-dir} with {@code --raw-threads}, and the ratio of the
 *       web capacity to it.
 * </ol>
 *
 * <p>With {@code --server-pid}, the server is profiled for the first {@code --profile-seconds} (30)
 * of the mixed run's measured part and of the capacity run, and where its CPU went is printed after
 * each ({@link ServerProfile}; recordings in {@code --profile-dir}).
 *
 * <p>The searches are drawn from the data set ({@link QueryMix}), read through {@code --jdbc-url},
 * {@code --user} and {@code --password}, which also give the data-set size printed with the
 * figures. {@code scripts/bench-load.sh} starts everything and runs this with one command.
 */
public final class LoadBenchmark {

  private static final PrintStream OUT = System.out;

  private LoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    Options o = Options.parse(args);
    String jdbcUrl = o.get("jdbc-url").orElseThrow(() -> usage("--jdbc-url is required"));
    String user = o.get("user", "medislot");
    String password = o.get("password").orElseThrow(() -> usage("--password is required"));
    URI base = URI.create(o.get("base-url", "http://127.0.0.1:8080/api/v1/"));
    double searchRate = o.getDouble("search-rate", 1000);
    double bookingRate = o.getDouble("booking-rate", 90);
    Duration warmup = o.getDuration("warmup", Duration.ofSeconds(30));
    Duration duration = o.getDuration("duration", Duration.ofMinutes(5));

    dataSet(jdbcUrl, user, password);
    QueryMix mix =
        QueryMix.fromDatabase(jdbcUrl, user, password, 5_000, o.getDouble("hot-share", 0.3));
    OUT.printf(
        "query mix: %d search centres, %d specialties, %.0f %% at popular places%n",
        mix.points(), mix.specialties(), o.getDouble("hot-share", 0.3) * 100);

    try (Api api = new Api(base, o.getInt("client-threads", 2), Duration.ofSeconds(60))) {
      BookingTraffic bookings = new BookingTraffic(api);
      bookings.signUp(
          o.getInt("patients", 500), Long.toString(System.currentTimeMillis(), 36), OUT);
      bookings.findSlots(mix, Math.max(2_000, (int) (bookingRate * 20)), OUT);

      int maxInFlight = o.getInt("max-in-flight", 512);
      SplittableRandom searches = new SplittableRandom(11); // used by the scheduler thread only
      OpenLoop search =
          new OpenLoop(
              "search",
              searchRate,
              maxInFlight,
              () ->
                  api.get(
                          "search/practitioners?" + mix.next(searches).queryString(),
                          Optional.empty())
                      .thenApply(LoadBenchmark::searchOutcome));
      OpenLoop booking = new OpenLoop("booking", bookingRate, maxInFlight, bookings::bookOne);
      NotificationReport emails = new NotificationReport(jdbcUrl, user, password);
      mixedRun(search, booking, bookings, emails, warmup, duration, o);
      emails.awaitAndPrint(OUT, o.getDuration("mail-wait", Duration.ofSeconds(120)));
      new IdleMachine(o.getDouble("idle-cpu", 0.15), 3)
          .await(OUT, o.getDuration("idle-wait", Duration.ofSeconds(120)));

      Duration capacitySeconds = o.getDuration("capacity-seconds", Duration.ofSeconds(60));
      Optional<ServerProfile> capacityProfile =
          profile(o, capacitySeconds, "capacity.jfr", "search capacity run");
      Optional<CpuShares.Snapshot> capacityStart = CpuShares.take();
      ClosedLoop.Result capacity =
          ClosedLoop.run(
              o.getInt("capacity-clients", 16),
              capacitySeconds,
              random -> {
                HttpResponse<String> r =
                    api.getNow("search/practitioners?" + mix.next(random).queryString());
                if (r.statusCode() != 200) {
                  throw new IllegalStateException("search answered " + r.statusCode());
                }
              });
      OUT.println();
      OUT.printf(
          "search capacity through the web API, %d clients back to back (closed loop):%n",
          o.getInt("capacity-clients", 16));
      OpenLoop.printLine(OUT, "  web search", capacity.micros(), capacity.seconds());
      OUT.printf("  failures: %d%n", capacity.failures());
      Optional<CpuShares.Usage> capacityCpu =
          CpuShares.print(OUT, "during it", capacityStart, CpuShares.take());
      if (capacityProfile.isPresent()) {
        capacityProfile.get().awaitAndPrint(OUT);
      }

      Optional<String> indexDir = o.get("index-dir");
      if (indexDir.isPresent()) {
        try (RawLuceneSearch raw = new RawLuceneSearch(Path.of(indexDir.get()))) {
          int threads = o.getInt("raw-threads", Runtime.getRuntime().availableProcessors());
          Optional<CpuShares.Snapshot> rawStart = CpuShares.take();
          ClosedLoop.Result lucene =
              ClosedLoop.run(
                  threads,
                  o.getDuration("raw-seconds", Duration.ofSeconds(60)),
                  random -> raw.execute(mix.next(random)));
          OUT.printf(
              "raw Lucene on the same index (%,d documents), %d threads, no web stack:%n",
              raw.documents(), threads);
          OpenLoop.printLine(OUT, "  raw Lucene", lucene.micros(), lucene.seconds());
          Optional<CpuShares.Usage> rawCpu =
              CpuShares.print(OUT, "during it", rawStart, CpuShares.take());
          OUT.printf(
              "  web capacity / raw Lucene capacity: %.1f %% (target 70 %%)%n",
              100 * capacity.perSecond() / lucene.perSecond());
          if (capacityCpu.isPresent() && rawCpu.isPresent()) {
            perProcessor(capacity, capacityCpu.get(), lucene, rawCpu.get());
          }
        }
      }
    }
    OUT.printf(
        "machine: %d processors, load average at the end %.1f, client heap max %d MB%n",
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().maxMemory() >> 20);
  }

  private static void mixedRun(
      OpenLoop search,
      OpenLoop booking,
      BookingTraffic bookings,
      NotificationReport emails,
      Duration warmup,
      Duration duration,
      Options o)
      throws InterruptedException, SQLException, IOException {
    OUT.printf(
        "%nmixed run (open model): search %.0f/s, booking %.0f/s, warm-up %d s, measured %d s%n",
        search.rate(), booking.rate(), warmup.toSeconds(), duration.toSeconds());
    Duration total = warmup.plus(duration);
    Thread s = search.start(total);
    Thread b = booking.start(total);
    Thread.sleep(warmup.toMillis());
    emails.begin();
    search.startMeasuring();
    booking.startMeasuring();
    bookings.cancellations().reset();
    Optional<ServerProfile> profile = profile(o, duration, "mixed.jfr", "mixed run");
    Optional<CpuShares.Snapshot> cpuStart = CpuShares.take();
    long begin = System.nanoTime();
    long tick = 10_000;
    for (long elapsed = 0; elapsed < duration.toMillis(); elapsed += tick) {
      Thread.sleep(Math.min(tick, duration.toMillis() - elapsed));
      double seconds = Math.min(tick, duration.toMillis() - elapsed) / 1000.0;
      OUT.printf("t=%3ds%n", (System.nanoTime() - begin) / 1_000_000_000L);
      OpenLoop.printLine(OUT, "  search", search.interval(), seconds);
      OpenLoop.printLine(OUT, "  booking", booking.interval(), seconds);
    }
    s.join();
    b.join();
    double measured = (System.nanoTime() - begin) / 1e9;
    Optional<CpuShares.Snapshot> cpuEnd = CpuShares.take();
    boolean drained = search.drain(Duration.ofSeconds(60)) & booking.drain(Duration.ofSeconds(60));
    search.interval();
    booking.interval();
    OUT.printf(
        "%nmixed run, %.0f s measured%s (latency from when each request was due):%n",
        measured, drained ? "" : ", some requests still unanswered after 60 s");
    report("search", search, measured);
    report("booking", booking, measured);
    Histogram cancels = bookings.cancellations();
    OpenLoop.printLine(OUT, "  cancellation (chained)", cancels, measured);
    CpuShares.print(OUT, "over the measured run", cpuStart, cpuEnd);
    OUT.printf(
        "  search %s: %s%n",
        verdict(search, measured, 1000, 50), "target >= 1,000 req/s with p99 <= 50 ms");
    OUT.printf(
        "  booking %s: %s%n",
        verdict(booking, measured, 1000, 150), "target >= 1,000 bookings/s with p99 <= 150 ms");
    if (profile.isPresent()) {
      profile.get().awaitAndPrint(OUT);
    }
  }

  /**
   * The web and raw capacities per processor each had: the server's for the web searches (the load
   * generator's share of the machine is CPU the server did not get), this JVM's for the raw
   * queries. Printed beside the target's ratio, which compares the throughputs as they are.
   */
  private static void perProcessor(
      ClosedLoop.Result web,
      CpuShares.Usage webCpu,
      ClosedLoop.Result raw,
      CpuShares.Usage rawCpu) {
    double server = webCpu.of(CpuShares.SERVER);
    double lucene = rawCpu.of(CpuShares.GENERATOR);
    if (server <= 0 || lucene <= 0) {
      return;
    }
    double webPerProcessor = web.perSecond() / server;
    double rawPerProcessor = raw.perSecond() / lucene;
    OUT.printf(
        "  per processor used: web %,.0f searches/s (server %.2f processors), raw %,.0f"
            + " queries/s (%.2f processors); web / raw %.1f %%%n",
        webPerProcessor, server, rawPerProcessor, lucene, 100 * webPerProcessor / rawPerProcessor);
  }

  /** A recording of the server over the start of a phase of {@code length}, if asked for. */
  private static Optional<ServerProfile> profile(
      Options o, Duration length, String file, String phase)
      throws IOException, InterruptedException {
    Optional<String> pid = o.get("server-pid");
    if (pid.isEmpty()) {
      return Optional.empty();
    }
    Duration profiled = o.getDuration("profile-seconds", Duration.ofSeconds(30));
    if (profiled.compareTo(length) > 0) {
      profiled = length;
    }
    try {
      return Optional.of(
          ServerProfile.start(
              Long.parseLong(pid.get()),
              profiled,
              Path.of(o.get("profile-dir", ".")).resolve(file),
              phase + ", its first " + profiled.toSeconds() + " s"));
    } catch (IOException e) {
      // the measurement goes on without its profile rather than being thrown away
      OUT.printf("%nno profile of the %s: %s%n", phase, e.getMessage());
      return Optional.empty();
    }
  }

  private static void report(String label, OpenLoop loop, double seconds) {
    Histogram h = loop.measured();
    OpenLoop.printLine(OUT, "  " + label, h, seconds);
    OUT.printf(
        "    outcomes: %s; sent at worst %.1f s after due; never sent (too many outstanding): %,d%n",
        loop.outcomes(), loop.maxLag().toMillis() / 1000.0, loop.unsent());
  }

  private static String verdict(OpenLoop loop, double seconds, double rate, double p99Millis) {
    Map<String, Long> outcomes = loop.outcomes();
    long ok =
        outcomes.entrySet().stream()
            .filter(e -> e.getKey().endsWith(" 200") || e.getKey().endsWith(" 201"))
            .mapToLong(Map.Entry::getValue)
            .sum();
    double p99 = loop.measured().getValueAtPercentile(99) / 1000.0;
    return String.format(
        "%.1f successful/s, p99 %.1f ms -> %s",
        ok / seconds, p99, ok / seconds >= rate && p99 <= p99Millis ? "MET" : "NOT MET");
  }

  private static String searchOutcome(HttpResponse<String> answer) {
    boolean stale = answer.headers().firstValue("Medislot-Stale").isPresent();
    return "search " + answer.statusCode() + (stale ? " stale" : "");
  }

  private static void dataSet(String jdbcUrl, String user, String password) throws Exception {
    try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT (SELECT count(*) FROM practitioner),"
                    + " (SELECT count(*) FROM practitioner_search),"
                    + " (SELECT count(*) FROM account WHERE role = 'patient'),"
                    + " (SELECT count(*) FROM appointment WHERE status = 'CONFIRMED'),"
                    + " pg_size_pretty(pg_database_size(current_database()))")) {
      rs.next();
      OUT.printf(
          "data set: %,d practitioners, %,d search documents, %,d patients, %,d confirmed"
              + " appointments, database %s%n",
          rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5));
    }
  }

  private static IllegalArgumentException usage(String message) {
    return new IllegalArgumentException(
        message
            + " (usage: LoadBenchmark --jdbc-url=… --password=… [--user=medislot]"
            + " [--base-url=…] [--search-rate=1000] [--booking-rate=90] [--duration=300]"
            + " [--warmup=30] [--patients=500] [--index-dir=…])");
  }
}
