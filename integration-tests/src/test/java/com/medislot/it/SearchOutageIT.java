package com.medislot.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real search index breaks under a running server: its directory is replaced by a plain file,
 * so the next index write fails and every search the index has to answer fails after it. Searches
 * answered before are served stale from the hot-query cache, others get a 503 with {@code
 * Retry-After}; never a 500. Once the directory is back, the change whose index write failed is
 * indexed again by the repair, without a restart or a rebuild.
 *
 * <p>Blocks two days of practitioner 1's calendar ({@link DayOff}) and frees them again; the index
 * directory is restored whatever happens, for the classes after.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchOutageIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final Pattern REPAIRED =
      Pattern.compile("(?m)^medislot_search_index_repair_pending(\\{[^}]*})? 0(\\.0)?$");
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.rootWar();
  }

  @Test
  void aBrokenIndexServesStaleAnswersOr503AndIsRepairedOnceItWorksAgain() throws Exception {
    String staff = DayOff.staffToken(Api.SUITE);
    DayOff off = DayOff.plan(Api.SUITE);
    String asked = off.searchPath(100);
    assertThat(listing(get(asked))).as("free on %s", off.day()).isPresent();

    Path index = Path.of(System.getProperty("it.work"), "data", "index", "practitioner");
    Path moved = index.resolveSibling("practitioner.moved");
    assertThat(index).isDirectory();
    long blockId = -1;
    try {
      Files.move(index, moved);
      Files.writeString(index, "not an index", StandardCharsets.UTF_8);
      blockId = off.block(Api.SUITE, staff);

      // the block's index write fails, and with it every search the index has to answer: the
      // answer given before is served stale...
      HttpResponse<String> stale =
          await(asked, r -> r.headers().firstValue("Medislot-Stale").isPresent(), "stale");
      assertThat(stale.statusCode()).isEqualTo(200);
      assertThat(stale.headers().firstValue("Medislot-Stale")).hasValue("true");
      assertThat(json(stale).getBoolean("stale")).isTrue();
      assertThat(listing(stale)).as("the answer from before the block").isPresent();

      // the block's own index write has been tried (and failed) once the slots show it
      awaitTrue(() -> off.blockedInSlotsOf(Api.SUITE), "block handled");
      Thread.sleep(1_000);
      assertThat(metrics())
          .containsPattern("(?m)^medislot_search_index_write_failures(\\{[^}]*})? [1-9]")
          .containsPattern("(?m)^medislot_search_index_repair_pending(\\{[^}]*})? 1(\\.0)?$");

      // ...and one never asked is a 503 with Retry-After, as problem+json
      HttpResponse<String> unavailable = get(off.searchPath(99));
      assertThat(unavailable.statusCode()).as(unavailable.body()).isEqualTo(503);
      assertThat(unavailable.headers().firstValue("Retry-After"))
          .hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isPositive());
      assertThat(unavailable.headers().firstValue("Content-Type"))
          .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
      assertThat(json(unavailable).getInt("status")).isEqualTo(503);
    } finally {
      if (Files.isRegularFile(index)) {
        Files.delete(index);
      }
      if (Files.isDirectory(moved)) {
        Files.move(moved, index);
      }
    }
    try {
      // the index works again; the repair indexes the block whose write failed
      HttpResponse<String> repaired =
          await(
              asked,
              r -> r.statusCode() == 200 && !json(r).getBoolean("stale") && listing(r).isEmpty(),
              "repaired");
      assertThat(repaired.headers().firstValue("Medislot-Stale")).isEmpty();
      awaitTrue(
          () -> REPAIRED.matcher(metrics()).find(), "repair_pending back to 0 in the metrics");

      // and later writes reach it as usual
      DayOff.unblock(Api.SUITE, staff, blockId);
      blockId = -1;
      await(asked, r -> r.statusCode() == 200 && listing(r).isPresent(), "free again");
    } finally {
      if (blockId >= 0) {
        DayOff.unblock(Api.SUITE, staff, blockId);
      }
    }
  }

  private static String metrics() {
    return Api.getRoot("/metrics").body();
  }

  private static void awaitTrue(BooleanSupplier done, String what) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!done.getAsBoolean()) {
      assertThat(System.nanoTime() < deadline).as("%s within %s", what, PATIENCE).isTrue();
      Thread.sleep(250);
    }
  }

  /** The practitioner's entry in a 200 search answer. */
  private static Optional<JsonObject> listing(HttpResponse<String> r) {
    return DayOff.listing(
        new Api.Answer(
            r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body()));
  }

  private static HttpResponse<String> await(
      String path, Predicate<HttpResponse<String>> done, String what) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    HttpResponse<String> last = get(path);
    while (!done.test(last)) {
      assertThat(System.nanoTime() < deadline)
          .as("%s within %s; last answer %d %s", what, PATIENCE, last.statusCode(), last.body())
          .isTrue();
      Thread.sleep(250);
      last = get(path);
    }
    return last;
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    URI uri = Api.BASE.resolve(path);
    return CLIENT.send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(HttpResponse<String> r) {
    try (var reader = Json.createReader(new StringReader(r.body()))) {
      return reader.readObject();
    }
  }
}
