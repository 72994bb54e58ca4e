package com.medislot.booking.appointment;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the hold sweep on every node at a fixed interval (a non-persistent timer per node). Nodes
 * never do the same work twice: each sweep claims practitioners with {@code FOR UPDATE SKIP LOCKED}
 * ({@link HoldSweep}).
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HoldSweeper {

  private static final Logger LOG = Logger.getLogger(HoldSweeper.class.getName());

  @Resource private TimerService timers;
  @Inject private HoldSweep sweep;

  @Inject
  @ConfigProperty(name = "medislot.holds.sweep-interval", defaultValue = "PT5S")
  Duration interval;

  @PostConstruct
  void schedule() {
    long millis = Math.max(100, interval.toMillis());
    timers.createIntervalTimer(millis, millis, new TimerConfig("hold-sweep", false));
  }

  @Timeout
  void run() {
    try {
      // Keep going while full batches come back, so a burst of expiries clears in one tick.
      while (sweep.sweepOnce() == HoldSweep.BATCH) {
        // next batch
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Hold sweep failed; the next tick retries", e);
    }
  }
}
