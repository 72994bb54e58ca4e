package com.medislot.booking.availability;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the engine needs to compute the free slots of one practitioner at one location for one
 * visit motive within a window of time.
 *
 * <ul>
 *   <li>{@code zone}: the location's zone; opening hours, holidays and the horizon are read on its
 *       wall clock;
 *   <li>{@code template}, {@code motive}, {@code rules}: the calendar, the motive and the booking
 *       rules;
 *   <li>{@code exceptions}: absences, closures, blocks and extra openings (default none);
 *   <li>{@code holidays}: local dates whose template ranges are closed; extra openings still apply
 *       on them (default none);
 *   <li>{@code busy}: existing appointments with their buffers (default none);
 *   <li>{@code window}: only slots lying wholly inside it are returned;
 *   <li>{@code now}: the current instant, passed in because the engine reads no clock.
 * </ul>
 *
 * <p>Built with {@link #builder()}. Immutable and thread-safe; no method accepts or returns {@code
 * null}.
 */
public final class AvailabilityQuery {

  private final ZoneId zone;
  private final WeeklyTemplate template;
  private final VisitMotiveRule motive;
  private final BookingRules rules;
  private final List<CalendarException> exceptions;
  private final Set<LocalDate> holidays;
  private final List<Busy> busy;
  private final TimeRange window;
  private final Instant now;

  private AvailabilityQuery(Builder b) {
    this.zone = required(b.zone, "zone");
    this.template = required(b.template, "template");
    this.motive = required(b.motive, "motive");
    this.rules = required(b.rules, "rules");
    this.window = required(b.window, "window");
    this.now = required(b.now, "now");
    this.exceptions = b.exceptions;
    this.holidays = b.holidays;
    this.busy = b.busy;
  }

  private static <T> T required(T value, String name) {
    if (value == null) {
      throw new IllegalStateException(name + " is required");
    }
    return value;
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this query's values. */
  public Builder toBuilder() {
    return new Builder()
        .zone(zone)
        .template(template)
        .motive(motive)
        .rules(rules)
        .exceptions(exceptions)
        .holidays(holidays)
        .busy(busy)
        .window(window)
        .now(now);
  }

  /** Returns a copy of this query with another window. */
  public AvailabilityQuery withWindow(TimeRange newWindow) {
    return toBuilder().window(newWindow).build();
  }

  /** Returns the location's zone. */
  public ZoneId zone() {
    return zone;
  }

  /** Returns the weekly template. */
  public WeeklyTemplate template() {
    return template;
  }

  /** Returns the visit motive. */
  public VisitMotiveRule motive() {
    return motive;
  }

  /** Returns the booking rules. */
  public BookingRules rules() {
    return rules;
  }

  /** Returns the calendar exceptions, unmodifiable. */
  public List<CalendarException> exceptions() {
    return exceptions;
  }

  /** Returns the closed local dates, unmodifiable. */
  public Set<LocalDate> holidays() {
    return holidays;
  }

  /** Returns the busy ranges, unmodifiable. */
  public List<Busy> busy() {
    return busy;
  }

  /** Returns the window slots must lie in, start inclusive, end exclusive. */
  public TimeRange window() {
    return window;
  }

  /** Returns the instant taken as now. */
  public Instant now() {
    return now;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof AvailabilityQuery o
        && zone.equals(o.zone)
        && template.equals(o.template)
        && motive.equals(o.motive)
        && rules.equals(o.rules)
        && exceptions.equals(o.exceptions)
        && holidays.equals(o.holidays)
        && busy.equals(o.busy)
        && window.equals(o.window)
        && now.equals(o.now);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zone, template, motive, rules, exceptions, holidays, busy, window, now);
  }

  @Override
  public String toString() {
    return "AvailabilityQuery[zone "
        + zone
        + ", "
        + motive
        + ", "
        + rules
        + ", window "
        + window
        + ", now "
        + now
        + ", "
        + template.ranges().size()
        + " ranges, "
        + exceptions.size()
        + " exceptions, "
        + holidays.size()
        + " holidays, "
        + busy.size()
        + " busy]";
  }

  /**
   * Collects the values of a query; {@link #build()} checks that zone, template, motive, rules,
   * window and now were given. Not thread-safe; each setter copies collections it receives.
   */
  public static final class Builder {
    private ZoneId zone;
    private WeeklyTemplate template;
    private VisitMotiveRule motive;
    private BookingRules rules;
    private List<CalendarException> exceptions = List.of();
    private Set<LocalDate> holidays = Set.of();
    private List<Busy> busy = List.of();
    private TimeRange window;
    private Instant now;

    private Builder() {}

    /** Sets the location's zone. */
    public Builder zone(ZoneId value) {
      this.zone = Objects.requireNonNull(value, "zone");
      return this;
    }

    /** Sets the weekly template. */
    public Builder template(WeeklyTemplate value) {
      this.template = Objects.requireNonNull(value, "template");
      return this;
    }

    /** Sets the visit motive. */
    public Builder motive(VisitMotiveRule value) {
      this.motive = Objects.requireNonNull(value, "motive");
      return this;
    }

    /** Sets the booking rules. */
    public Builder rules(BookingRules value) {
      this.rules = Objects.requireNonNull(value, "rules");
      return this;
    }

    /** Sets the calendar exceptions (replacing any given before). */
    public Builder exceptions(Collection<CalendarException> values) {
      this.exceptions = List.copyOf(Objects.requireNonNull(values, "exceptions"));
      return this;
    }

    /** Sets the closed local dates (replacing any given before). */
    public Builder holidays(Collection<LocalDate> values) {
      this.holidays = Set.copyOf(Objects.requireNonNull(values, "holidays"));
      return this;
    }

    /** Sets the busy ranges (replacing any given before). */
    public Builder busy(Collection<Busy> values) {
      this.busy = List.copyOf(Objects.requireNonNull(values, "busy"));
      return this;
    }

    /** Sets the window slots must lie in. */
    public Builder window(TimeRange value) {
      this.window = Objects.requireNonNull(value, "window");
      return this;
    }

    /** Sets the instant taken as now. */
    public Builder now(Instant value) {
      this.now = Objects.requireNonNull(value, "now");
      return this;
    }

    /**
     * Builds the query.
     *
     * @throws IllegalStateException naming the first required value that is missing
     */
    public AvailabilityQuery build() {
      return new AvailabilityQuery(this);
    }
  }
}
