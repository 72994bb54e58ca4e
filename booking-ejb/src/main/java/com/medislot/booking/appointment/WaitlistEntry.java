package com.medislot.booking.appointment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A patient's wish for an earlier slot with a practitioner and motive, optionally at one location
 * and before an instant. Entries are served first come, first offered (by id).
 */
@Entity
@Table(name = "waitlist_entry")
public class WaitlistEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "patient_id")
  private long patientId;

  @Column(name = "relative_id")
  private Long relativeId;

  @Column(name = "practitioner_id")
  private long practitionerId;

  @Column(name = "motive_id")
  private long motiveId;

  @Column(name = "location_id")
  private Long locationId;

  @Column(name = "before_at")
  private Instant before;

  @Enumerated(EnumType.STRING)
  private WaitlistStatus status;

  @Column(name = "passed_start")
  private Instant passedStart;

  @Column(name = "created_at")
  private Instant createdAt;

  protected WaitlistEntry() {}

  public WaitlistEntry(
      long patientId,
      OptionalLong relativeId,
      long practitionerId,
      long motiveId,
      OptionalLong locationId,
      Optional<Instant> before,
      Instant createdAt) {
    this.patientId = patientId;
    this.relativeId = relativeId.isPresent() ? relativeId.getAsLong() : null;
    this.practitionerId = practitionerId;
    this.motiveId = motiveId;
    this.locationId = locationId.isPresent() ? locationId.getAsLong() : null;
    this.before = before.orElse(null);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.status = WaitlistStatus.ACTIVE;
  }

  /**
   * Whether a free slot starting at {@code start} at {@code location} fits this entry: its location
   * (if any), before its limit (if any), and not the slot it already let lapse.
   */
  public boolean wants(long location, Instant start) {
    return (locationId == null || locationId == location)
        && (before == null || start.isBefore(before))
        && !start.equals(passedStart);
  }

  /** Records that an offer (a hold) was made to this entry. */
  public void offered() {
    requireStatus(WaitlistStatus.ACTIVE);
    status = WaitlistStatus.OFFERED;
  }

  /** The offer at {@code start} was released or expired: back in line, never offered it again. */
  public void offerPassed(Instant start) {
    if (status == WaitlistStatus.OFFERED) {
      status = WaitlistStatus.ACTIVE;
      passedStart = start;
    }
  }

  /** The offer was confirmed. */
  public void fulfilled() {
    if (status == WaitlistStatus.OFFERED || status == WaitlistStatus.ACTIVE) {
      status = WaitlistStatus.FULFILLED;
    }
  }

  /** The patient leaves the list; leaving twice changes nothing. */
  public void leave() {
    if (status == WaitlistStatus.ACTIVE || status == WaitlistStatus.OFFERED) {
      status = WaitlistStatus.LEFT;
    }
  }

  /** Its limit passed while in line. */
  public void lapse() {
    requireStatus(WaitlistStatus.ACTIVE);
    status = WaitlistStatus.LAPSED;
  }

  private void requireStatus(WaitlistStatus expected) {
    if (status != expected) {
      throw new IllegalStateException("entry is " + status + ", not " + expected);
    }
  }

  public long id() {
    return id;
  }

  public long patientId() {
    return patientId;
  }

  public OptionalLong relativeId() {
    return relativeId == null ? OptionalLong.empty() : OptionalLong.of(relativeId);
  }

  public long practitionerId() {
    return practitionerId;
  }

  public long motiveId() {
    return motiveId;
  }

  public OptionalLong locationId() {
    return locationId == null ? OptionalLong.empty() : OptionalLong.of(locationId);
  }

  public Optional<Instant> before() {
    return Optional.ofNullable(before);
  }

  public WaitlistStatus status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
