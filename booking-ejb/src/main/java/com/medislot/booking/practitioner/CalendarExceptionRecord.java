package com.medislot.booking.practitioner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * A stored calendar exception (absence, closure, block or extra opening) over an instant range,
 * start inclusive, end exclusive. A null location means every location of the practitioner.
 */
@Entity
@Table(name = "calendar_exception")
public class CalendarExceptionRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "practitioner_id")
  private long practitionerId;

  @Column(name = "location_id")
  private Long locationId;

  private String kind;

  @Column(name = "start_at")
  private Instant startAt;

  @Column(name = "end_at")
  private Instant endAt;

  private String reason;

  protected CalendarExceptionRecord() {}

  /** A new exception; {@code locationId} empty means every location of the practitioner. */
  public static CalendarExceptionRecord of(
      long practitionerId,
      OptionalLong locationId,
      String kind,
      Instant start,
      Instant end,
      String reason) {
    CalendarExceptionRecord e = new CalendarExceptionRecord();
    e.practitionerId = practitionerId;
    e.locationId = locationId.isPresent() ? locationId.getAsLong() : null;
    e.kind = kind;
    e.startAt = start;
    e.endAt = end;
    e.reason = reason;
    return e;
  }

  public long practitionerId() {
    return practitionerId;
  }

  public long id() {
    return id;
  }

  public OptionalLong locationId() {
    return locationId == null ? OptionalLong.empty() : OptionalLong.of(locationId);
  }

  public String kind() {
    return kind;
  }

  public Instant startAt() {
    return startAt;
  }

  public Instant endAt() {
    return endAt;
  }

  public String reason() {
    return reason;
  }
}
