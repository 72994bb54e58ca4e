package com.medislot.booking.appointment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A booked appointment over [start, end), instants in UTC. */
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
   * Cancels this appointment; cancelling a cancelled appointment changes nothing.
   *
   * @return whether this call changed the state
   */
  public boolean cancel(Instant at) {
    if (status == AppointmentStatus.CANCELLED) {
      return false;
    }
    status = AppointmentStatus.CANCELLED;
    cancelledAt = Objects.requireNonNull(at);
    return true;
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
}
