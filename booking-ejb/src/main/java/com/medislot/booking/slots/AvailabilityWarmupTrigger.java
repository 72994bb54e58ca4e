package com.medislot.booking.slots;

import com.medislot.booking.country.Country;
import com.medislot.booking.country.CountryCatalog;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Starts the background warm-up once the index is ready; the application is ready meanwhile. */
@Singleton
@Startup
@DependsOn("SearchIndexBootstrap")
public class AvailabilityWarmupTrigger {

  private static final Logger LOG = Logger.getLogger(AvailabilityWarmupTrigger.class.getName());

  @Inject private AvailabilityWarmup warmup;
  @Inject private CountryCatalog countries;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "medislot.slots.warmup", defaultValue = "true")
  boolean enabled;

  @PostConstruct
  void trigger() {
    loadHolidayLibrary();
    if (enabled) {
      warmup.warmUp();
    }
  }

  /**
   * Computes this year's holidays of every live country here, on the deploying thread, before any
   * background work needs them. Payara closes and reopens the application's jars at the end of its
   * start-up; a class loaded from another thread at that moment fails with "zip file closed", and
   * when the class is the holiday library's parser, its failed link stays failed: every slot
   * computation of that node failed from then on, and its searches answered 503 (seen once, in
   * {@code SearchOutageIT}, with the warm-up loading the library in the background).
   */
  private void loadHolidayLibrary() {
    int year = clock.instant().atZone(ZoneOffset.UTC).getYear();
    for (Country country : countries.live()) {
      try {
        countries.definition(country.code()).ifPresent(d -> d.holidays(year));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Holidays of " + country.code() + " could not be computed", e);
      }
    }
  }
}
