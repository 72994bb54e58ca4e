package com.medislot.booking.search;

import com.medislot.booking.slots.SlotCacheContainer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's {@link HotQueries}: answers fresh for {@code medislot.search.cache-ttl}, kept
 * as a fallback in the node-local search cache of {@link SlotCacheContainer}.
 */
@ApplicationScoped
public class SearchResultCache {

  @Inject SlotCacheContainer container;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "medislot.search.cache-ttl", defaultValue = "PT0.25S")
  Duration ttl;

  @Inject
  @ConfigProperty(name = "medislot.search.retry-after", defaultValue = "PT5S")
  Duration retryAfter;

  private HotQueries hotQueries;

  /** For the container. */
  protected SearchResultCache() {}

  /** Over a given {@link HotQueries}, outside the container. */
  public SearchResultCache(HotQueries hotQueries) {
    this.hotQueries = hotQueries;
  }

  @PostConstruct
  void init() {
    hotQueries = new HotQueries(container.searchResults(), clock, ttl, retryAfter);
  }

  /** See {@link HotQueries#answer}. */
  public SearchAnswer answer(String key, Supplier<String> compute) {
    return hotQueries.answer(key, compute);
  }
}
