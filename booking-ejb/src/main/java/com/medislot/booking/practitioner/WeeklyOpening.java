package com.medislot.booking.practitioner;

import com.medislot.booking.availability.LocalTimeRange;
import com.medislot.booking.availability.OpeningRange;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One opening range of a practitioner's weekly template at one location, in the location's
 * wall-clock time: start inclusive, end exclusive.
 */
@Entity
@Table(name = "opening_range")
public class WeeklyOpening {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "practitioner_id")
  private long practitionerId;

  @Column(name = "location_id")
  private long locationId;

  @Column(name = "day_of_week")
  private int dayOfWeek;

  @Column(name = "start_time")
  private LocalTime startTime;

  @Column(name = "end_time")
  private LocalTime endTime;

  @Column(name = "valid_from")
  private LocalDate validFrom;

  @Column(name = "valid_until")
  private LocalDate validUntil;

  @Column(name = "every_weeks")
  private int everyWeeks = 1;

  @Column(name = "anchor_week")
  private LocalDate anchorWeek;

  /** Motives reserved to this range; empty: every motive. Read with a batch hint (see reader). */
  @ElementCollection
  @CollectionTable(
      name = "opening_range_motive",
      joinColumns = @JoinColumn(name = "opening_range_id"))
  @Column(name = "motive_id")
  private Set<Long> motiveIds = new HashSet<>();

  protected WeeklyOpening() {}

  /** Stores an opening range; the caller has validated it against the rest of the template. */
  public static WeeklyOpening of(long practitionerId, long locationId, OpeningRange range) {
    WeeklyOpening o = new WeeklyOpening();
    o.practitionerId = practitionerId;
    o.locationId = locationId;
    o.dayOfWeek = range.dayOfWeek().getValue();
    o.startTime = range.hours().start();
    o.endTime = range.hours().end();
    o.validFrom = range.validFrom().orElse(null);
    o.validUntil = range.validUntil().orElse(null);
    o.everyWeeks = range.everyWeeks();
    o.anchorWeek = range.anchorWeek().orElse(null);
    o.motiveIds = new HashSet<>(range.motiveIds());
    return o;
  }

  /** The range for the availability engine. */
  public OpeningRange toRange() {
    OpeningRange r = OpeningRange.of(dayOfWeek(), LocalTimeRange.of(startTime, endTime));
    if (validFrom != null) {
      r = r.withValidFrom(validFrom);
    }
    if (validUntil != null) {
      r = r.withValidUntil(validUntil);
    }
    if (everyWeeks > 1) {
      r = r.every(everyWeeks, anchorWeek);
    }
    if (!motiveIds.isEmpty()) {
      r = r.withMotiveIds(motiveIds);
    }
    return r;
  }

  public long id() {
    return id;
  }

  public long locationId() {
    return locationId;
  }

  public DayOfWeek dayOfWeek() {
    return DayOfWeek.of(dayOfWeek);
  }

  public LocalTime startTime() {
    return startTime;
  }

  public LocalTime endTime() {
    return endTime;
  }

  public Optional<LocalDate> validFrom() {
    return Optional.ofNullable(validFrom);
  }

  public Optional<LocalDate> validUntil() {
    return Optional.ofNullable(validUntil);
  }

  public int everyWeeks() {
    return everyWeeks;
  }

  public Optional<LocalDate> anchorWeek() {
    return Optional.ofNullable(anchorWeek);
  }

  /** The motives reserved to this range, sorted; empty: every motive. */
  public SortedSet<Long> motiveIds() {
    return new TreeSet<>(motiveIds);
  }
}
