package com.medislot.web.support;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Timers of API requests, registered by the resource when it is created rather than with
 * {@code @Timed}. Payara's {@code @Timed} interceptor looks its metrics service up lazily on the
 * first call without synchronisation: on a fresh node, requests arriving together saw the service
 * but not yet its context and failed with a {@code NullPointerException} (answered 500; seen in
 * {@code TwoNodeIT}'s 200 simultaneous bookings). A timer held in a field has no such first call.
 */
public final class RequestTimers {

  private RequestTimers() {}

  /** The application registry's timer of that name, created if it does not exist yet. */
  public static Timer timer(MetricRegistry registry, String name, String description) {
    return registry.timer(Metadata.builder().withName(name).withDescription(description).build());
  }
}
