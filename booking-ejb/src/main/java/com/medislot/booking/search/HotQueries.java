package com.medislot.booking.search;

import com.medislot.booking.errors.BusinessException;
import com.medislot.booking.infrastructure.WarningGate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hot-query cache with a stale fallback. An answer younger than {@code freshFor} is served from the
 * store; an older or missing one is computed again and stored. When computing fails with a server
 * fault (the index or its backend), the last stored answer to the same query is served flagged
 * stale; without one the failure becomes a {@link SearchUnavailableException}. Client faults
 * ({@link BusinessException}) pass through unchanged and are never cached.
 *
 * <p>How long a last answer stays available as a fallback is the store's business (its entry
 * lifespan). Thread-safe when the store is; two requests missing the same key at once both compute.
 */
public final class HotQueries {

  private static final Logger LOG = Logger.getLogger(HotQueries.class.getName());

  private final Map<String, CachedAnswer> store;
  private final Clock clock;
  private final Duration freshFor;
  private final Duration retryAfter;
  private final WarningGate warnings = new WarningGate(Duration.ofMinutes(1));
  private final AtomicBoolean backendWorked = new AtomicBoolean(true);

  /**
   * @param freshFor how long a stored answer is served without asking the backend; zero turns the
   *     cache off (answers are still kept for the fallback)
   * @param retryAfter told to clients when nothing can be served
   */
  public HotQueries(
      Map<String, CachedAnswer> store, Clock clock, Duration freshFor, Duration retryAfter) {
    this.store = Objects.requireNonNull(store);
    this.clock = Objects.requireNonNull(clock);
    this.freshFor = Objects.requireNonNull(freshFor);
    this.retryAfter = Objects.requireNonNull(retryAfter);
    if (freshFor.isNegative() || retryAfter.isNegative()) {
      throw new IllegalArgumentException("durations must not be negative");
    }
  }

  /**
   * The answer to the query {@code key}.
   *
   * @param compute renders a fresh answer; may throw
   * @throws BusinessException as thrown by {@code compute}
   * @throws SearchUnavailableException if {@code compute} failed and nothing is stored
   */
  public SearchAnswer answer(String key, Supplier<String> compute) {
    Instant now = clock.instant();
    CachedAnswer known = read(key);
    if (known != null && now.isBefore(known.computedAt().plus(freshFor))) {
      return new SearchAnswer(known.body(), false);
    }
    String body;
    try {
      body = compute.get();
    } catch (RuntimeException e) {
      BusinessException clientFault = clientFault(e);
      if (clientFault != null) {
        throw clientFault;
      }
      // while the backend is away every request fails: one stack trace a minute is enough
      boolean firstOfSeries = backendWorked.getAndSet(false);
      Level level = warnings.claim(firstOfSeries) ? Level.WARNING : Level.FINE;
      if (known != null) {
        LOG.log(
            level,
            "Search backend failed; serving the answer of " + known.computedAt() + " as stale",
            e);
        return new SearchAnswer(known.body(), true);
      }
      LOG.log(level, "Search backend failed and no earlier answer is cached", e);
      throw new SearchUnavailableException(retryAfter, e);
    }
    if (!backendWorked.getAndSet(true)) {
      LOG.info("Search backend answers again");
    }
    write(key, new CachedAnswer(body, now));
    return new SearchAnswer(body, false);
  }

  private CachedAnswer read(String key) {
    try {
      return store.get(key);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Search cache read failed; computing the answer", e);
      return null;
    }
  }

  private void write(String key, CachedAnswer answer) {
    try {
      store.put(key, answer);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Search cache write failed; answer not kept", e);
    }
  }

  private static BusinessException clientFault(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof BusinessException b) {
        return b;
      }
    }
    return null;
  }
}
