package com.medislot.booking.slots;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.infinispan.Cache;
import org.infinispan.manager.DefaultCacheManager;

/**
 * The embedded Infinispan cache manager holding precomputed slots. Local by default; with {@code
 * medislot.cache.mode=clustered} a distributed cache (two owners) over JGroups TCP with a static
 * member list, bound to the configured address (ADR 0004).
 */
@Singleton
@Startup
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

  private DefaultCacheManager manager;

  @PostConstruct
  void start() {
    boolean clustered = "clustered".equalsIgnoreCase(mode);
    manager =
        new SlotCacheSettings(
                clustered, clusterName, bindAddress, bindPort, initialHosts, lifespan, maxEntries)
            .start();
    LOG.info(() -> "Slot cache started (" + (clustered ? "clustered" : "local") + ")");
  }

  public Cache<String, CachedSlots> slots() {
    return manager.getCache(SlotCacheSettings.CACHE);
  }

  @PreDestroy
  void stop() {
    if (manager != null) {
      manager.stop();
    }
  }
}
