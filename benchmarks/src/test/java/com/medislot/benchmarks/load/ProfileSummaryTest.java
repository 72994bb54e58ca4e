package com.medislot.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileSummaryTest {

  private static final List<String> BOOKING_WITH_TOKEN_CHECK =
      List.of(
          "java.math.BigInteger.implMulAdd",
          "com.nimbusds.jose.JWSObject.verify",
          "fish.payara.microprofile.jwtauth.jwt.JwtTokenParser.verifySignedJWT",
          "fish.payara.microprofile.jwtauth.eesecurity.JWTAuthenticationMechanism.validateRequest",
          "com.medislot.web.appointment.AppointmentResource.book",
          "org.glassfish.grizzly.threadpool.AbstractThreadPool$Worker.run");

  private static final List<String> SEARCH_IN_LUCENE =
      List.of(
          "java.lang.Double.isNaN",
          "org.apache.lucene.geo.GeoEncodingUtils.createSubBoxes",
          "org.hibernate.search.backend.lucene.work.impl.SearchWork.execute",
          "com.medislot.booking.search.PractitionerSearch.query",
          "com.medislot.web.search.SearchResource.search",
          "org.glassfish.grizzly.threadpool.AbstractThreadPool$Worker.run");

  @Test
  void aSampleCountsForTheFirstActivityThatMatchesAnywhereInItsStack() {
    assertThat(
            ProfileSummary.activity("http-thread-pool::http-listener(3)", BOOKING_WITH_TOKEN_CHECK))
        .isEqualTo("sign-in check of a request (MP-JWT)");
    assertThat(ProfileSummary.activity("http-thread-pool::http-listener(1)", SEARCH_IN_LUCENE))
        .isEqualTo("search requests");
    assertThat(
            ProfileSummary.activity(
                "concurrent/__defaultManagedThreadFactory-Thread-4",
                List.of("java.util.concurrent.FutureTask.run")))
        .isEqualTo(ProfileSummary.OTHER_THREADS);
    // a request thread whose stack was cut short of Grizzly's frames is still a request
    assertThat(
            ProfileSummary.activity(
                "http-thread-pool::http-listener(2)", List.of("java.lang.String.hashCode")))
        .isEqualTo("other requests and HTTP handling");
  }

  @Test
  void aSampleCountsForTheInnermostKnownComponent() {
    // the JDK's own frames are skipped: the innermost component named is the caller's
    assertThat(ProfileSummary.component(SEARCH_IN_LUCENE)).isEqualTo("Lucene");
    assertThat(ProfileSummary.component(BOOKING_WITH_TOKEN_CHECK)).isEqualTo("cryptography (JDK)");
    assertThat(ProfileSummary.component(List.of("java.lang.Thread.run")))
        .isEqualTo(ProfileSummary.JDK_ONLY);
  }

  @Test
  void sharesAddUpToTheSamplesAndAreSortedLargestFirst() {
    ProfileSummary s = new ProfileSummary();
    s.add("http-thread-pool::http-listener(1)", SEARCH_IN_LUCENE, false);
    s.add("http-thread-pool::http-listener(2)", SEARCH_IN_LUCENE, false);
    s.add("http-thread-pool::http-listener(3)", BOOKING_WITH_TOKEN_CHECK, true);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    s.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), "test");
    String printed = bytes.toString(StandardCharsets.UTF_8);

    assertThat(s.samples()).isEqualTo(3);
    assertThat(s.activities())
        .containsEntry("search requests", 2)
        .containsEntry("sign-in check of a request (MP-JWT)", 1);
    assertThat(printed)
        .contains("3 execution samples")
        .contains("33 % of the stacks were cut short");
    assertThat(printed.indexOf("search requests"))
        .isLessThan(printed.indexOf("sign-in check of a request"));
    assertThat(printed).contains(" 66.7 %       2  search requests");
  }

  @Test
  void readsTheExecutionSamplesOfARealRecording(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("busy.jfr");
    try (Recording recording = new Recording()) {
      recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
      recording.start();
      // long enough for a sample even when the machine is busy with other tests
      long until = System.nanoTime() + Duration.ofMillis(1_500).toNanos();
      long sink = 0;
      while (System.nanoTime() < until) {
        sink += Long.toString(sink).hashCode();
      }
      recording.stop();
      recording.dump(file);
      assertThat(sink).isNotZero();
    }

    ProfileSummary summary = ProfileSummary.of(file);

    assertThat(summary.samples()).isPositive();
    assertThat(summary.activities().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(summary.samples());
    assertThat(summary.activities()).containsKey(ProfileSummary.OTHER_THREADS);
    assertThat(Files.size(file)).isPositive();
  }
}
