package com.medislot.booking.slots;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.infinispan.Cache;
import org.infinispan.configuration.cache.CacheMode;
import org.infinispan.configuration.cache.ConfigurationBuilder;
import org.infinispan.manager.DefaultCacheManager;

/**
 * The embedded Infinispan cache manager holding precomputed slots. Local by default; with {@code
 * medislot.cache.mode=clustered} a distributed cache (two owners) over JGroups TCP with a static
 * member list, bound to the configured address (ADR 0004).
 *
 * <p>It also holds the hot search answers ({@value #SEARCH_CACHE}), node-local in both modes (ADR
 * 0007).
 */
@Singleton
@Startup
// set once in start() and only read afterwards: the container's default write lock would make
// every slot and search-answer lookup of every request wait for one another
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SlotCacheContainer {

  private static final Logger LOG = Logger.getLogger(SlotCacheContainer.class.getName());

  @Inject
  @ConfigProperty(name = "medislot.cache.mode", defaultValue = "local")
  String mode;

  @Inject
  @ConfigProperty(name = "medislot.cache.cluster-name", defaultValue = "medislot-slots")
  String clusterName;

  @Inject
  @ConfigProperty(name = "medislot.cache.jgroups.bind-address", defaultValue = "127.0.0.1")
  String bindAddress;

  @Inject
  @ConfigProperty(name = "medislot.cache.jgroups.port", defaultValue = "7800")
  int bindPort;

  @Inject
  @ConfigProperty(name = "medislot.cache.jgroups.initial-hosts", defaultValue = "127.0.0.1[7800]")
  String initialHosts;

  @Inject
  @ConfigProperty(name = "medislot.cache.lifespan", defaultValue = "PT6H")
  Duration lifespan;

  @Inject
  @ConfigProperty(name = "medislot.cache.max-entries", defaultValue = "2000000")
  long maxEntries;

  @Inject
  @ConfigProperty(name = "medislot.search.stale-for", defaultValue = "PT10M")
  Duration searchStaleFor;

  @Inject
  @ConfigProperty(name = "medislot.search.cache-max-entries", defaultValue = "10000")
  long searchMaxEntries;

  /** Name of the node-local cache of rendered search answers. */
  public static final String SEARCH_CACHE = "search-results";

  private volatile DefaultCacheManager manager;

  @PostConstruct
  void start() {
    boolean clustered = "clustered".equalsIgnoreCase(mode);
    manager =
        new SlotCacheSettings(
                clustered, clusterName, bindAddress, bindPort, initialHosts, lifespan, maxEntries)
            .start();
    manager.defineConfiguration(SEARCH_CACHE, searchCache(searchStaleFor, searchMaxEntries));
    LOG.info(() -> "Slot cache started (" + (clustered ? "clustered" : "local") + ")");
  }

  public Cache<String, CachedSlots> slots() {
    return manager.getCache(SlotCacheSettings.CACHE);
  }

  /**
   * Rendered search answers by query. An entry lives {@code medislot.search.stale-for}: long after
   * it stops being fresh, so that it can stand in when the search backend fails.
   */
  public <V> ConcurrentMap<String, V> searchResults() {
    return manager.getCache(SEARCH_CACHE);
  }

  /**
   * Node-local whatever the mode: a few-second answer is not worth a network hop per search, and a
   * node falls back on the answers it served itself.
   */
  static org.infinispan.configuration.cache.Configuration searchCache(
      Duration lifespan, long maxEntries) {
    ConfigurationBuilder cache = new ConfigurationBuilder();
    cache.clustering().cacheMode(CacheMode.LOCAL);
    cache.expiration().lifespan(lifespan.toMillis(), TimeUnit.MILLISECONDS);
    cache.memory().maxCount(maxEntries);
    return cache.build();
  }

  @PreDestroy
  void stop() {
    if (manager != null) {
      manager.stop();
    }
  }
}
