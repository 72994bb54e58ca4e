package com.medislot.web.health;

import com.medislot.booking.search.SearchWarmUp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the search warm-up has ended ({@link SearchWarmUp}), however it ended. */
@Readiness
@ApplicationScoped
public class SearchWarmUpCheck implements HealthCheck {

  static final String NAME = "search-warm-up";

  @Inject SearchWarmUp warmUp;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named(NAME).status(warmUp.done()).build();
  }
}
