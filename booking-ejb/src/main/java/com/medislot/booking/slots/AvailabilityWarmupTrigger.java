package com.medislot.booking.slots;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Starts the background warm-up once the index is ready; the application is ready meanwhile. */
@Singleton
@Startup
@DependsOn("SearchIndexBootstrap")
public class AvailabilityWarmupTrigger {

  @Inject private AvailabilityWarmup warmup;

  @Inject
  @ConfigProperty(name = "medislot.slots.warmup", defaultValue = "true")
  boolean enabled;

  @PostConstruct
  void trigger() {
    if (enabled) {
      warmup.warmUp();
    }
  }
}
