package com.medislot.booking.practitioner;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A practitioner. Its row is the calendar lock: every booking and calendar change of this
 * practitioner takes {@code PESSIMISTIC_WRITE} on it first (ADR 0003).
 */
@Entity
@Table(name = "practitioner")
public class Practitioner {

  @Id private Long id;

  @Column(name = "clinic_id")
  private long clinicId;

  private String title;

  @Column(name = "first_name")
  private String firstName;

  @Column(name = "last_name")
  private String lastName;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "specialty_code")
  private Specialty specialty;

  @Column(name = "accepts_new_patients")
  private boolean acceptsNewPatients;

  @Column(name = "calendar_version")
  private long calendarVersion;

  @Column(name = "minimum_notice_minutes")
  private Integer minimumNoticeMinutes;

  @Column(name = "booking_horizon_days")
  private Integer bookingHorizonDays;

  @Column(name = "slot_interval_minutes")
  private Integer slotIntervalMinutes;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "practitioner_language",
      joinColumns = @JoinColumn(name = "practitioner_id"))
  @Column(name = "language")
  private Set<String> languages;

  @ManyToMany(fetch = FetchType.EAGER)
  @JoinTable(
      name = "practitioner_location",
      joinColumns = @JoinColumn(name = "practitioner_id"),
      inverseJoinColumns = @JoinColumn(name = "location_id"))
  private List<Location> locations;

  protected Practitioner() {}

  public long id() {
    return id;
  }

  public long clinicId() {
    return clinicId;
  }

  /** Display name, e.g. "Dr Claire Martin". */
  public String displayName() {
    String prefix = title == null || title.isBlank() ? "" : title + " ";
    return prefix + firstName + " " + lastName;
  }

  public Specialty specialty() {
    return specialty;
  }

  public boolean acceptsNewPatients() {
    return acceptsNewPatients;
  }

  public long calendarVersion() {
    return calendarVersion;
  }

  /** ISO 639 language codes, sorted. */
  public Set<String> languages() {
    return new TreeSet<>(languages);
  }

  public List<Location> locations() {
    return List.copyOf(locations);
  }

  public boolean worksAt(long locationId) {
    return locations.stream().anyMatch(l -> l.id() == locationId);
  }

  /** Records that the calendar changed; the version orders cache refreshes. */
  /** The practitioner's own booking rules over the country's. */
  public RuleOverrides ruleOverrides() {
    return RuleOverrides.of(minimumNoticeMinutes, bookingHorizonDays, slotIntervalMinutes);
  }

  /** Replaces the practitioner's own booking rules (validated by the caller). */
  public void overrideRules(RuleOverrides rules) {
    minimumNoticeMinutes = box(rules.minimumNoticeMinutes());
    bookingHorizonDays = box(rules.bookingHorizonDays());
    slotIntervalMinutes = box(rules.slotIntervalMinutes());
  }

  private static Integer box(java.util.OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }

  public void calendarChanged() {
    calendarVersion++;
  }
}
