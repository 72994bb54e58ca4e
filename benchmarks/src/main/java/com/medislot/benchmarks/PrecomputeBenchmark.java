package com.medislot.benchmarks;

import com.medislot.booking.availability.TimeRange;
import com.medislot.booking.slots.BulkCalendars;
import com.medislot.booking.slots.CachedSlots;
import com.medislot.booking.slots.Precomputation;
import com.medislot.booking.slots.SlotCacheSettings;
import com.medislot.country.CountryDefinition;
import com.medislot.country.CountryFiles;
import com.medislot.datagen.Arguments;
import com.medislot.datagen.Generator;
import com.medislot.launcher.EmbeddedDatabase;
import com.medislot.launcher.LocalPorts;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.infinispan.Cache;
import org.infinispan.manager.DefaultCacheManager;

/**
 * The full slot precomputation at scale: every practitioner of a generated data set, every location
 * and motive, over the standard window, read with {@link BulkCalendars}, computed with {@link
 * Precomputation} and stored in a local Infinispan cache built like the application's. Prints the
 * data-set size, the wall time, practitioners/s, batch latency percentiles, where the time went and
 * the heap the cache holds.
 *
 * <p>Without {@code --jdbc-url} it starts a fresh embedded PostgreSQL (127.0.0.1, a free port) and
 * fills it with the data generator first. Options: {@code --practitioners=N} (default 500000),
 * {@code --patients=N} (default practitioners/10), {@code --threads=N} (default: processors),
 * {@code --batch=N} (500), {@code --days=N} (28), {@code --data-dir=DIR}, {@code --reuse=true}
 * (keep the data set of an earlier run in that directory and only precompute), or {@code
 * --jdbc-url=… --user=… --password=…} for an existing database.
 */
public final class PrecomputeBenchmark {

  private PrecomputeBenchmark() {}

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    int practitioners = options.getInt("practitioners", 500_000);
    int patients = options.getInt("patients", Math.max(1000, practitioners / 10));
    int threads = options.getInt("threads", Runtime.getRuntime().availableProcessors());
    int batch = options.getInt("batch", 500);
    int days = options.getInt("days", 28);

    EmbeddedDatabase database = null;
    String url = options.get("jdbc-url").orElse(null);
    String user = options.get("user").orElse(null);
    String password = options.get("password").orElse(null);
    boolean reuse = false;
    if (url == null) {
      Path dir = Path.of(options.get("data-dir", "target/precompute-db"));
      reuse = options.getBoolean("reuse", false) && Files.exists(dir.resolve("PG_VERSION"));
      if (!reuse) {
        deleteRecursively(dir);
      }
      database = EmbeddedDatabase.start(dir, LocalPorts.freePort());
      url = database.jdbcUrl();
      user = database.user();
      password = database.password();
    }
    if (database != null && !reuse) {
      long start = System.nanoTime();
      new Generator(
              Arguments.parse(
                  "--jdbc-url=" + url,
                  "--user=" + user,
                  "--password=" + password,
                  "--practitioners=" + practitioners,
                  "--patients=" + patients,
                  "--seed=1"),
              Clock.systemUTC(),
              System.out)
          .run();
      System.out.printf("data set generated in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }
    try {
      run(url, user, password, threads, batch, days);
    } finally {
      if (database != null) {
        database.close();
      }
    }
  }

  private static void run(
      String url, String user, String password, int threads, int batch, int days) throws Exception {
    Map<String, CountryDefinition> countries = new HashMap<>();
    List<Long> ids = new ArrayList<>();
    long appointments;
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT code, definition FROM country")) {
        while (rs.next()) {
          CountryFiles.parse(
                  rs.getString(1) + ".json",
                  new ByteArrayInputStream(rs.getString(2).getBytes(StandardCharsets.UTF_8)))
              .definition()
              .ifPresent(d -> countries.put(d.code(), d));
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT id FROM practitioner ORDER BY id")) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
      try (ResultSet rs =
          s.executeQuery("SELECT count(*) FROM appointment WHERE status = 'CONFIRMED'")) {
        rs.next();
        appointments = rs.getLong(1);
      }
    }
    System.out.printf(
        "data set: %,d practitioners, %,d live appointments, countries %s%n",
        ids.size(), appointments, countries.keySet());

    long heapBefore = usedHeapAfterGc();
    DefaultCacheManager manager =
        new SlotCacheSettings(
                false, "precompute-benchmark", "127.0.0.1", 0, "", Duration.ofHours(6), 20_000_000)
            .start();
    Cache<String, CachedSlots> cache = manager.getCache(SlotCacheSettings.CACHE);

    Instant now = Instant.now();
    TimeRange window = TimeRange.of(now, now.plus(Duration.ofDays(days)));
    AtomicInteger next = new AtomicInteger();
    AtomicLong readNanos = new AtomicLong();
    AtomicLong computeNanos = new AtomicLong();
    AtomicLong storeNanos = new AtomicLong();
    AtomicLong slots = new AtomicLong();
    AtomicLong locations = new AtomicLong();
    Histogram batchMillis = new ConcurrentHistogram(3_600_000L, 3);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<?>> workers = new ArrayList<>();
    final String jdbcUrl = url;
    for (int t = 0; t < threads; t++) {
      workers.add(
          pool.submit(
              () -> {
                try (Connection c = DriverManager.getConnection(jdbcUrl, user, password)) {
                  c.setReadOnly(true);
                  while (true) {
                    int from = next.getAndAdd(batch);
                    if (from >= ids.size()) {
                      return null;
                    }
                    List<Long> page = ids.subList(from, Math.min(ids.size(), from + batch));
                    long t0 = System.nanoTime();
                    List<BulkCalendars.LocationQueries> read =
                        BulkCalendars.read(
                            c, page, window, now, code -> Optional.ofNullable(countries.get(code)));
                    long t1 = System.nanoTime();
                    Map<String, CachedSlots> entries = new HashMap<>();
                    for (BulkCalendars.LocationQueries l : read) {
                      Precomputation p = Precomputation.of(l, window);
                      entries.putAll(p.entries());
                    }
                    long t2 = System.nanoTime();
                    cache.putAll(entries);
                    long t3 = System.nanoTime();
                    readNanos.addAndGet(t1 - t0);
                    computeNanos.addAndGet(t2 - t1);
                    storeNanos.addAndGet(t3 - t2);
                    locations.addAndGet(read.size());
                    entries.values().forEach(e -> slots.addAndGet(e.size()));
                    batchMillis.recordValue(Math.max(1, (t3 - t0) / 1_000_000));
                  }
                }
              }));
    }
    for (Future<?> w : workers) {
      w.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    long heapAfter = usedHeapAfterGc();
    long entries = cache.size();

    System.out.printf(
        "precomputed %,d practitioners (%,d practitioner-locations, %,d cache entries, %,d"
            + " slots) over %d days in %.1f s: %,.0f practitioners/s with %d threads, batches of"
            + " %d%n",
        ids.size(),
        locations.get(),
        entries,
        slots.get(),
        days,
        seconds,
        ids.size() / seconds,
        threads,
        batch);
    System.out.printf(
        "batch time ms: p50 %d, p95 %d, p99 %d, max %d (%d batches)%n",
        batchMillis.getValueAtPercentile(50),
        batchMillis.getValueAtPercentile(95),
        batchMillis.getValueAtPercentile(99),
        batchMillis.getMaxValue(),
        batchMillis.getTotalCount());
    System.out.printf(
        "thread time: calendar reads %.1f s, engine %.1f s, cache puts %.1f s%n",
        readNanos.get() / 1e9, computeNanos.get() / 1e9, storeNanos.get() / 1e9);
    System.out.printf(
        "cache heap: %,d MB for %,d entries (%,d bytes per entry, %,d bytes per practitioner)%n",
        (heapAfter - heapBefore) / (1024 * 1024),
        entries,
        entries == 0 ? 0 : (heapAfter - heapBefore) / entries,
        ids.isEmpty() ? 0 : (heapAfter - heapBefore) / ids.size());
    // keep the cache reachable until the heap was measured
    if (cache.isEmpty() && !ids.isEmpty()) {
      System.out.println("warning: the cache is empty");
    }
    manager.stop();
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  private static void deleteRecursively(Path dir) throws java.io.IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
