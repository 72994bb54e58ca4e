package com.medislot.booking.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.medislot.booking.MutableClock;
import com.medislot.booking.errors.InvalidInputException;
import jakarta.ejb.EJBException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class HotQueriesTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T08:00:00Z"));
  private final Map<String, CachedAnswer> store = new ConcurrentHashMap<>();
  private final HotQueries hot =
      new HotQueries(store, clock, Duration.ofSeconds(5), Duration.ofSeconds(3));
  private final AtomicInteger calls = new AtomicInteger();

  private Supplier<String> answering(String body) {
    return () -> {
      calls.incrementAndGet();
      return body;
    };
  }

  private Supplier<String> failingWith(RuntimeException e) {
    return () -> {
      calls.incrementAndGet();
      throw e;
    };
  }

  @Test
  void aFreshAnswerIsReusedUntilTheTtlEnds() {
    assertThat(hot.answer("q", answering("a"))).isEqualTo(new SearchAnswer("a", false));
    clock.advance(Duration.ofMillis(4_999));
    assertThat(hot.answer("q", answering("b"))).isEqualTo(new SearchAnswer("a", false));
    assertThat(calls).hasValue(1);
    clock.advance(Duration.ofMillis(1));
    assertThat(hot.answer("q", answering("b"))).isEqualTo(new SearchAnswer("b", false));
    assertThat(calls).hasValue(2);
  }

  @Test
  void queriesDoNotShareAnswers() {
    hot.answer("q1", answering("one"));
    assertThat(hot.answer("q2", answering("two")).body()).isEqualTo("two");
  }

  @Test
  void aFailingBackendGivesTheLastAnswerFlaggedStale() {
    hot.answer("q", answering("last good"));
    clock.advance(Duration.ofMinutes(3));
    SearchAnswer answer =
        hot.answer("q", failingWith(new EJBException(new IllegalStateException("index down"))));
    assertThat(answer).isEqualTo(new SearchAnswer("last good", true));
    assertThat(calls).hasValue(2);
    // the stale answer is not refreshed: the backend is asked again next time
    assertThat(hot.answer("q", answering("back")).body()).isEqualTo("back");
  }

  @Test
  void aFailingBackendWithNothingCachedIsUnavailableWithRetryAfter() {
    IllegalStateException down = new IllegalStateException("index down");
    assertThatThrownBy(() -> hot.answer("q", failingWith(down)))
        .isInstanceOfSatisfying(
            SearchUnavailableException.class,
            e -> {
              assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(3));
              assertThat(e.getCause()).isSameAs(down);
            });
    assertThat(store).isEmpty();
  }

  @Test
  void clientFaultsPassThroughEvenWrappedAndAreNotCached() {
    InvalidInputException bad = new InvalidInputException("cursor", "forged");
    hot.answer("q", answering("cached"));
    clock.advance(Duration.ofSeconds(10));
    assertThatThrownBy(() -> hot.answer("q", failingWith(new EJBException(bad)))).isSameAs(bad);
    assertThatThrownBy(() -> hot.answer("other", failingWith(bad))).isSameAs(bad);
    assertThat(store).containsOnlyKeys("q");
  }

  @Test
  void aBrokenStoreNeitherHidesAnswersNorFailsRequests() {
    Map<String, CachedAnswer> broken =
        new ConcurrentHashMap<>() {
          @Override
          public CachedAnswer get(Object key) {
            throw new IllegalStateException("cache down");
          }

          @Override
          public CachedAnswer put(String key, CachedAnswer value) {
            throw new IllegalStateException("cache down");
          }
        };
    HotQueries overBroken =
        new HotQueries(broken, clock, Duration.ofSeconds(5), Duration.ofSeconds(3));
    assertThat(overBroken.answer("q", answering("computed")).body()).isEqualTo("computed");
  }

  @Test
  void aZeroTtlAlwaysAsksTheBackendButKeepsTheFallback() {
    HotQueries uncached = new HotQueries(store, clock, Duration.ZERO, Duration.ofSeconds(3));
    uncached.answer("q", answering("a"));
    uncached.answer("q", answering("b"));
    assertThat(calls).hasValue(2);
    assertThat(uncached.answer("q", failingWith(new IllegalStateException())))
        .isEqualTo(new SearchAnswer("b", true));
  }
}
