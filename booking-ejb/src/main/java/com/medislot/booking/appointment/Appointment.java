package com.medislot.booking.appointment;

import com.medislot.booking.patient.Relative;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A booked appointment over [start, end), instants in UTC, or a hold on that time: a row in status
 * {@link AppointmentStatus#HELD} that occupies the calendar until {@code expiresAt}, then becomes
 * {@link AppointmentStatus#EXPIRED}, or {@link AppointmentStatus#RELEASED}, or is confirmed.
 */
@Entity
@Table(name = "appointment")
public class Appointment {

  /** Taken from the sequence at persist time, so the event can name it before the insert. */
  @Id
  @SequenceGenerator(
      name = "appointment_id",
      sequenceName = "appointment_id_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appointment_id")
  private Long id;

  @Column(name = "practitioner_id")
  private long practitionerId;

  @Column(name = "location_id")
  private long locationId;

  @Column(name = "motive_id")
  private long motiveId;

  @Column(name = "patient_id")
  private long patientId;

  @Enumerated(EnumType.STRING)
  private AppointmentStatus status;

  @Column(name = "start_at")
  private Instant start;

  @Column(name = "end_at")
  private Instant end;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Column(name = "cancelled_by")
  private String cancelledBy;

  @Column(name = "cancel_reason")
  private String cancelReason;

  /** Set on rows that started as holds; kept after confirmation. */
  @Column(name = "expires_at")
  private Instant expiresAt;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "relative_id")
  private Relative relative;

  /** The waiting-list entry a hold was offered to, if it is an offer. */
  @Column(name = "waitlist_entry_id")
  private Long waitlistEntryId;

  protected Appointment() {}

  private Appointment(
      long practitionerId,
      long locationId,
      long motiveId,
      long patientId,
      Instant start,
      Instant end,
      Instant createdAt) {
    this.practitionerId = practitionerId;
    this.locationId = locationId;
    this.motiveId = motiveId;
    this.patientId = patientId;
    this.start = Objects.requireNonNull(start);
    this.end = Objects.requireNonNull(end);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.status = AppointmentStatus.CONFIRMED;
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException("start must be before end");
    }
  }

  /** A new confirmed appointment. */
  public static Appointment confirmed(
      long practitionerId,
      long locationId,
      long motiveId,
      long patientId,
      Instant start,
      Instant end,
      Instant createdAt) {
    return new Appointment(practitionerId, locationId, motiveId, patientId, start, end, createdAt);
  }

  /**
   * A new hold on [start, end) for the patient until {@code expiresAt} (exclusive).
   *
   * @param relative the person it is for, when not the patient
   * @param waitlistEntryId the waiting-list entry it is offered to, when it is an offer
   */
  public static Appointment held(
      long practitionerId,
      long locationId,
      long motiveId,
      long patientId,
      Optional<Relative> relative,
      Instant start,
      Instant end,
      Instant createdAt,
      Instant expiresAt,
      OptionalLong waitlistEntryId) {
    if (!createdAt.isBefore(expiresAt)) {
      throw new IllegalArgumentException("a hold must expire after it is made");
    }
    Appointment a =
        new Appointment(practitionerId, locationId, motiveId, patientId, start, end, createdAt);
    a.status = AppointmentStatus.HELD;
    a.expiresAt = expiresAt;
    a.relative = relative.orElse(null);
    a.waitlistEntryId = waitlistEntryId.isPresent() ? waitlistEntryId.getAsLong() : null;
    return a;
  }

  /** Books this appointment for a relative of the patient instead of the patient. */
  public void bookFor(Optional<Relative> person) {
    this.relative = person.orElse(null);
  }

  /** Whether this is a hold that still occupies its slot at {@code now}. */
  public boolean isLiveHold(Instant now) {
    return status == AppointmentStatus.HELD && now.isBefore(expiresAt);
  }

  /** Whether this row started as a hold (it may since have been confirmed, released, expired). */
  public boolean wasHold() {
    return expiresAt != null;
  }

  /** Turns a live hold into a confirmed appointment. */
  public void confirmHold(Instant now) {
    if (!isLiveHold(now)) {
      throw new IllegalStateException("only a live hold can be confirmed");
    }
    status = AppointmentStatus.CONFIRMED;
  }

  /** Ends a hold whose time has passed; its slot is free again. */
  public void expire() {
    if (status != AppointmentStatus.HELD) {
      throw new IllegalStateException("only a hold can expire");
    }
    status = AppointmentStatus.EXPIRED;
  }

  /** Gives a hold up before it expires; its slot is free again. */
  public void release(Instant at) {
    if (status != AppointmentStatus.HELD) {
      throw new IllegalStateException("only a hold can be released");
    }
    status = AppointmentStatus.RELEASED;
    cancelledAt = Objects.requireNonNull(at);
  }

  /**
   * Cancels this appointment; cancelling a cancelled appointment changes nothing.
   *
   * @param by {@code patient} or {@code staff}
   * @param reason the clinic's reason, empty for a patient's cancellation
   * @return whether this call changed the state
   */
  public boolean cancel(Instant at, String by, Optional<String> reason) {
    if (status == AppointmentStatus.CANCELLED) {
      return false;
    }
    status = AppointmentStatus.CANCELLED;
    cancelledAt = Objects.requireNonNull(at);
    cancelledBy = Objects.requireNonNull(by);
    cancelReason = reason.orElse(null);
    return true;
  }

  /** Who cancelled it ({@code patient} or {@code staff}), if it is cancelled. */
  public Optional<String> cancelledBy() {
    return Optional.ofNullable(cancelledBy);
  }

  /** The clinic's reason for cancelling, if it gave one. */
  public Optional<String> cancelReason() {
    return Optional.ofNullable(cancelReason);
  }

  /** Moves this confirmed appointment to another slot of the same motive and location. */
  public void moveTo(Instant newStart, Instant newEnd) {
    if (status != AppointmentStatus.CONFIRMED) {
      throw new IllegalStateException("only a confirmed appointment can move");
    }
    if (!newStart.isBefore(newEnd)) {
      throw new IllegalArgumentException("start must be before end");
    }
    start = newStart;
    end = newEnd;
  }

  public long id() {
    return id;
  }

  public long practitionerId() {
    return practitionerId;
  }

  public long locationId() {
    return locationId;
  }

  public long motiveId() {
    return motiveId;
  }

  public long patientId() {
    return patientId;
  }

  public AppointmentStatus status() {
    return status;
  }

  public Instant start() {
    return start;
  }

  public Instant end() {
    return end;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** When the hold expires (or expired); empty for an appointment booked directly. */
  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  /** The relative it is for; empty when it is for the patient. */
  public Optional<Relative> relative() {
    return Optional.ofNullable(relative);
  }

  public OptionalLong relativeId() {
    return relative == null ? OptionalLong.empty() : OptionalLong.of(relative.id());
  }

  public OptionalLong waitlistEntryId() {
    return waitlistEntryId == null ? OptionalLong.empty() : OptionalLong.of(waitlistEntryId);
  }
}
