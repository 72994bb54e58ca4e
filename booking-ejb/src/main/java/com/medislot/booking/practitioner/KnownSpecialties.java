package com.medislot.booking.practitioner;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The specialty codes, kept in memory so that checking a search's {@code specialty} reads no
 * database. The codes are read again when they are older than {@code
 * medislot.search.specialty-refresh}, and on an unknown code (a specialty a country import just
 * added), but then at most once a second, so a flood of unknown codes cannot flood the database.
 */
@ApplicationScoped
public class KnownSpecialties {

  /** The least time between two reads caused by unknown codes. */
  static final Duration UNKNOWN_CODE_RELOAD = Duration.ofSeconds(1);

  @Inject PractitionerDirectory directory;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "medislot.search.specialty-refresh", defaultValue = "PT1M")
  Duration refresh;

  private Supplier<Set<String>> load;
  private volatile Snapshot known;

  private record Snapshot(Set<String> codes, Instant readAt) {}

  /** For the container. */
  protected KnownSpecialties() {}

  /** Over a given source of codes, outside the container. */
  public KnownSpecialties(Supplier<Set<String>> load, Clock clock, Duration refresh) {
    this.load = load;
    this.clock = clock;
    this.refresh = refresh;
  }

  @PostConstruct
  void init() {
    load = directory::specialtyCodes;
  }

  /** Whether a specialty has this code. */
  public boolean exists(String code) {
    Snapshot k = known;
    Instant now = clock.instant();
    boolean expired = k == null || !now.isBefore(k.readAt().plus(refresh));
    if (!expired && k.codes().contains(code)) {
      return true;
    }
    if (expired || !now.isBefore(k.readAt().plus(UNKNOWN_CODE_RELOAD))) {
      k = new Snapshot(Set.copyOf(load.get()), now);
      known = k;
    }
    return k.codes().contains(code);
  }
}
