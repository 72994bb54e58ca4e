package com.medislot.benchmarks.load;

import com.medislot.benchmarks.Options;
import com.medislot.datagen.Arguments;
import com.medislot.datagen.Generator;
import com.medislot.launcher.EmbeddedDatabase;
import com.medislot.launcher.LocalPorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Keeps an embedded PostgreSQL (127.0.0.1) with a generated data set running for the load
 * benchmark, until it is told to stop (SIGTERM or Ctrl-C). A new directory is filled by the data
 * generator first; an existing one is used as it is. When ready it writes the connection settings
 * to {@code --ready-file} as properties ({@code url}, {@code user}, {@code password}).
 *
 * <p>Options: {@code --data-dir=DIR}, {@code --ready-file=FILE}, {@code --practitioners=N} (20000),
 * {@code --patients=N} (practitioners × 10), {@code --appointment-share=F} (the generator's
 * default), {@code --port=N} (a free one).
 */
public final class DatabaseServer {

  private DatabaseServer() {}

  public static void main(String[] args) throws Exception {
    Options o = Options.parse(args);
    Path dir =
        Path.of(
            o.get("data-dir")
                .orElseThrow(() -> new IllegalArgumentException("--data-dir is required")));
    Path ready =
        Path.of(
            o.get("ready-file")
                .orElseThrow(() -> new IllegalArgumentException("--ready-file is required")));
    int practitioners = o.getInt("practitioners", 20_000);
    boolean fresh = !Files.exists(dir.resolve("PG_VERSION"));
    EmbeddedDatabase database =
        EmbeddedDatabase.start(dir, o.getInt("port", LocalPorts.freePort()));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  database.close();
                  stopped.countDown();
                },
                "database-stop"));
    if (fresh) {
      long start = System.nanoTime();
      List<String> generatorArgs =
          new ArrayList<>(
              List.of(
                  "--jdbc-url=" + database.jdbcUrl(),
                  "--user=" + database.user(),
                  "--password=" + database.password(),
                  "--practitioners=" + practitioners,
                  "--patients=" + o.getInt("patients", practitioners * 10),
                  "--seed=1"));
      o.get("appointment-share")
          .ifPresent(share -> generatorArgs.add("--appointment-share=" + share));
      new Generator(
              Arguments.parse(generatorArgs.toArray(String[]::new)), Clock.systemUTC(), System.out)
          .run();
      System.out.printf("data set generated in %.1f s%n", (System.nanoTime() - start) / 1e9);
    } else {
      System.out.println("using the data set already in " + dir);
    }
    ReadyFile.write(
        ready,
        Map.of(
            "url", database.jdbcUrl(), "user", database.user(), "password", database.password()));
    System.out.println("PostgreSQL ready: " + database.jdbcUrl());
    stopped.await();
  }
}
