package com.medislot.booking.slots;

import static org.assertj.core.api.Assertions.assertThat;

import com.medislot.booking.availability.Slot;
import com.medislot.booking.availability.TimeRange;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.infinispan.Cache;
import org.infinispan.manager.DefaultCacheManager;
import org.junit.jupiter.api.Test;

/** The slot cache as configured for production: two real nodes over JGroups TCP on loopback. */
class SlotCacheSettingsTest {

  private static final Instant START = Instant.parse("2026-12-01T08:00:00Z");
  private static final CachedSlots ENTRY =
      CachedSlots.of(
          TimeRange.of(START, START.plus(Duration.ofDays(28))),
          Duration.ofHours(2),
          List.of(
              Slot.of(
                  START.plus(Duration.ofHours(3)),
                  START.plus(Duration.ofHours(3).plusMinutes(20)))));

  @Test
  void twoClusteredNodesShareEntries() throws IOException {
    int portA = freePort();
    int portB = freePort();
    String members = "127.0.0.1[" + portA + "],127.0.0.1[" + portB + "]";
    try (DefaultCacheManager a = node(portA, members).start();
        DefaultCacheManager b = node(portB, members).start()) {
      Cache<String, CachedSlots> onA = a.getCache(SlotCacheSettings.CACHE);
      Cache<String, CachedSlots> onB = b.getCache(SlotCacheSettings.CACHE);
      assertThat(a.getMembers()).hasSize(2);

      onA.put("1:2:3", ENTRY);

      CachedSlots seenOnB = onB.get("1:2:3");
      assertThat(seenOnB).isNotNull();
      assertThat(seenOnB.startOffsets()).containsExactly(ENTRY.startOffsets());
      assertThat(seenOnB.within(TimeRange.of(START, START.plus(Duration.ofDays(1))), START))
          .containsExactlyElementsOf(
              ENTRY.within(TimeRange.of(START, START.plus(Duration.ofDays(1))), START));

      onB.remove("1:2:3");
      assertThat(onA.get("1:2:3")).isNull();
    }
  }

  @Test
  void theLocalCacheNeedsNoNetwork() throws IOException {
    try (DefaultCacheManager local =
        new SlotCacheSettings(false, "unused", "127.0.0.1", 0, "", Duration.ofHours(1), 100)
            .start()) {
      Cache<String, CachedSlots> cache = local.getCache(SlotCacheSettings.CACHE);
      cache.put("k", ENTRY);
      assertThat(cache.get("k")).isSameAs(ENTRY);
      assertThat(local.getMembers()).isNull();
    }
  }

  @Test
  void everySocketOfTheStackIsBoundToTheConfiguredAddress() {
    String stack =
        new SlotCacheSettings(
                true, "c", "127.0.0.1", 7800, "127.0.0.1[7800]", Duration.ofHours(1), 10)
            .jgroupsStack();
    assertThat(stack)
        .contains("<TCP bind_addr=\"127.0.0.1\" bind_port=\"7800\"")
        .contains("<FD_SOCK2 bind_addr=\"127.0.0.1\"")
        .contains("initial_hosts=\"127.0.0.1[7800]\"")
        .doesNotContain("@")
        .doesNotContain("MPING")
        .doesNotContain("UDP");
  }

  private static SlotCacheSettings node(int port, String members) {
    return new SlotCacheSettings(
        true, "slots-test", "127.0.0.1", port, members, Duration.ofHours(1), 1000);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
