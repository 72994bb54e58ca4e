package com.medislot.booking.slots;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.infinispan.commons.marshall.JavaSerializationMarshaller;
import org.infinispan.configuration.cache.CacheMode;
import org.infinispan.configuration.cache.ConfigurationBuilder;
import org.infinispan.configuration.global.GlobalConfigurationBuilder;
import org.infinispan.manager.DefaultCacheManager;
import org.infinispan.remoting.transport.jgroups.JGroupsTransport;

/**
 * How the slot cache is built: local, or distributed (two owners) over JGroups TCP with a static
 * member list, every socket bound to {@code bindAddress}. Immutable.
 *
 * @param initialHosts the members as {@code host[port],host[port]}
 */
public record SlotCacheSettings(
    boolean clustered,
    String clusterName,
    String bindAddress,
    int bindPort,
    String initialHosts,
    Duration lifespan,
    long maxEntries) {

  /** Name of the cache holding {@link CachedSlots} by {@code practitioner:location:motive}. */
  public static final String CACHE = "slots";

  public SlotCacheSettings {
    Objects.requireNonNull(clusterName);
    Objects.requireNonNull(bindAddress);
    Objects.requireNonNull(initialHosts);
    Objects.requireNonNull(lifespan);
  }

  /** Starts a cache manager with the {@value #CACHE} cache defined. */
  public DefaultCacheManager start() {
    GlobalConfigurationBuilder global =
        clustered
            ? GlobalConfigurationBuilder.defaultClusteredBuilder()
            : new GlobalConfigurationBuilder();
    global.cacheContainer().name("medislot");
    global.jmx().disable();
    global.classLoader(SlotCacheSettings.class.getClassLoader());
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
    DefaultCacheManager manager = new DefaultCacheManager(global.build(), false);
    manager.defineConfiguration(CACHE, cache.build());
    manager.start();
    return manager;
  }

  /** The JGroups TCP stack with this node's address and the static member list filled in. */
  String jgroupsStack() {
    try (InputStream in = SlotCacheSettings.class.getResourceAsStream("jgroups-tcp.xml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("@BIND_ADDRESS@", bindAddress)
          .replace("@BIND_PORT@", Integer.toString(bindPort))
          .replace("@INITIAL_HOSTS@", initialHosts);
    } catch (IOException e) {
      throw new IllegalStateException("JGroups stack template missing", e);
    }
  }
}
