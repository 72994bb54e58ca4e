package com.medislot.booking.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Delivery counters in MicroProfile Metrics, per channel: {@code medislot.notifications.sent},
 * {@code .failed} (every failed attempt) and {@code .dead_lettered} (given up).
 */
@ApplicationScoped
public class NotificationMetrics {

  @Inject MetricRegistry registry;

  void sent(Channel channel) {
    count(
        "medislot.notifications.sent",
        "Notifications handed to the mail server or gateway",
        channel);
  }

  void failed(Channel channel) {
    count("medislot.notifications.failed", "Failed delivery attempts", channel);
  }

  void deadLettered(Channel channel) {
    count(
        "medislot.notifications.dead_lettered",
        "Notifications given up after their last attempt",
        channel);
  }

  private void count(String name, String description, Channel channel) {
    registry
        .counter(
            Metadata.builder().withName(name).withDescription(description).build(),
            new Tag("channel", channel.name().toLowerCase(java.util.Locale.ROOT)))
        .inc();
  }
}
