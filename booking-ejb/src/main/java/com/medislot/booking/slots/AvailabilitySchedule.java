package com.medislot.booking.slots;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the precomputed availability moving with time, on every node (the passes themselves run on
 * one node at a time): the passed-slot pass every {@code medislot.slots.passed-refresh-interval}
 * (default 5 minutes) and the full pass every day at {@code medislot.slots.full-refresh-hour} UTC
 * (default 3). Non-persistent timers: a node that is down simply misses a run.
 */
@Singleton
@Startup
@DependsOn("AvailabilityWarmupTrigger") // after the schema, the index and the warm-up's start
public class AvailabilitySchedule {

  private static final String FULL = "full";
  private static final String PASSED = "passed";

  @Resource private TimerService timers;
  @Inject private AvailabilityWarmup passes;

  @Inject
  @ConfigProperty(name = "medislot.slots.schedule", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "medislot.slots.passed-refresh-interval", defaultValue = "PT5M")
  Duration passedInterval;

  @Inject
  @ConfigProperty(name = "medislot.slots.full-refresh-hour", defaultValue = "3")
  int fullRefreshHour;

  @PostConstruct
  void schedule() {
    if (!enabled) {
      return;
    }
    if (passedInterval.isNegative() || passedInterval.isZero()) {
      throw new IllegalStateException("medislot.slots.passed-refresh-interval must be positive");
    }
    if (fullRefreshHour < 0 || fullRefreshHour > 23) {
      throw new IllegalStateException("medislot.slots.full-refresh-hour must be 0 to 23");
    }
    long interval = passedInterval.toMillis();
    timers.createIntervalTimer(interval, interval, new TimerConfig(PASSED, false));
    timers.createCalendarTimer(
        new ScheduleExpression().timezone("UTC").hour(fullRefreshHour).minute(0).second(0),
        new TimerConfig(FULL, false));
  }

  @Timeout
  void run(Timer timer) {
    if (FULL.equals(timer.getInfo())) {
      passes.refreshAll();
    } else {
      passes.refreshPassed();
    }
  }
}
