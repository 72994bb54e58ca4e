package com.medislot.booking.practitioner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

  @Id private Long id;

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
