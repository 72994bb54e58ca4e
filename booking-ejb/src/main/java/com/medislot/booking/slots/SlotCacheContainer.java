package com.medislot.booking.slots;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.infinispan.Cache;
import org.infinispan.commons.marshall.JavaSerializationMarshaller;
import org.infinispan.configuration.cache.CacheMode;
import org.infinispan.configuration.cache.ConfigurationBuilder;
import org.infinispan.configuration.global.GlobalConfigurationBuilder;
import org.infinispan.manager.DefaultCacheManager;
import org.infinispan.remoting.transport.jgroups.JGroupsTransport;

/**
 * The embedded Infinispan cache manager holding precomputed slots. Local by default; with
 * {@code medislot.cache.mode=clustered} a distributed cache (two owners) over JGroups TCP with
 * a static member list, bound to the configured address (ADR 0004).
 */
@Singleton
@Startup
public class SlotCacheContainer {

  static final String CACHE = "slots";
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
    GlobalConfigurationBuilder global =
        clustered ? GlobalConfigurationBuilder.defaultClusteredBuilder() : new GlobalConfigurationBuilder();
    global.cacheContainer().name("medislot");
    global.jmx().disable();
    global.classLoader(SlotCacheContainer.class.getClassLoader());
    ConfigurationBuilder cache = new ConfigurationBuilder();
    cache.expiration().lifespan(lifespan.toMillis(), TimeUnit.MILLISECONDS);
    cache.memory().maxCount(maxEntries);
    if (clustered) {
      global
          .serialization()
          .marshaller(new JavaSerializationMarshaller())
          .allowList()
          .addClasses(CachedSlots.class, long[].class);
      global
          .transport()
          .clusterName(clusterName)
          .addProperty(JGroupsTransport.CONFIGURATION_STRING, jgroupsStack());
      cache.clustering().cacheMode(CacheMode.DIST_SYNC).hash().numOwners(2);
    } else {
      cache.clustering().cacheMode(CacheMode.LOCAL);
    }
    manager = new DefaultCacheManager(global.build(), false);
    manager.defineConfiguration(CACHE, cache.build());
    manager.start();
    LOG.info(() -> "Slot cache started (" + (clustered ? "clustered" : "local") + ")");
  }

  /** The JGroups TCP stack with this node's address and the static member list filled in. */
  private String jgroupsStack() {
    try (InputStream in = SlotCacheContainer.class.getResourceAsStream("jgroups-tcp.xml")) {
      String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (Map.Entry<String, String> e :
          Map.of(
                  "@BIND_ADDRESS@", bindAddress,
                  "@BIND_PORT@", Integer.toString(bindPort),
                  "@INITIAL_HOSTS@", initialHosts)
              .entrySet()) {
        template = template.replace(e.getKey(), e.getValue());
      }
      return template;
    } catch (IOException e) {
      throw new IllegalStateException("JGroups stack template missing", e);
    }
  }

  public Cache<String, CachedSlots> slots() {
    return manager.getCache(CACHE);
  }

  @PreDestroy
  void stop() {
    if (manager != null) {
      manager.stop();
    }
  }
}
