package com.medislot.booking.slots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.infinispan.Cache;
import org.infinispan.configuration.cache.CacheMode;
import org.infinispan.manager.DefaultCacheManager;
import org.junit.jupiter.api.Test;

/** The search answers' cache as the container defines it, in a real Infinispan manager. */
class SearchCacheTest {

  @Test
  void answersAreNodeLocalBoundedAndOutliveTheirFreshness() throws Exception {
    try (DefaultCacheManager manager =
        new SlotCacheSettings(false, "unused", "127.0.0.1", 0, "", Duration.ofHours(1), 100)
            .start()) {
      manager.defineConfiguration(
          SlotCacheContainer.SEARCH_CACHE,
          SlotCacheContainer.searchCache(Duration.ofMillis(300), 2));
      Cache<String, String> cache = manager.getCache(SlotCacheContainer.SEARCH_CACHE);
      assertThat(cache.getCacheConfiguration().clustering().cacheMode()).isEqualTo(CacheMode.LOCAL);

      cache.put("a", "1");
      cache.put("b", "2");
      cache.put("c", "3");
      assertThat(cache.size()).isLessThanOrEqualTo(2);

      cache.put("d", "4");
      assertThat(cache.get("d")).isEqualTo("4");
      Thread.sleep(400);
      assertThat(cache.get("d")).isNull();
    }
  }
}
