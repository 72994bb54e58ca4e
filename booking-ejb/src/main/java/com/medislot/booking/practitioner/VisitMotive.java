package com.medislot.booking.practitioner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;

/** A consultation type offered by one practitioner: its length and the buffers around it. */
@Entity
@Table(name = "visit_motive")
public class VisitMotive {

  @Id private Long id;

  @Column(name = "practitioner_id")
  private long practitionerId;

  private String name;

  @Column(name = "duration_minutes")
  private int durationMinutes;

  @Column(name = "buffer_before_minutes")
  private int bufferBeforeMinutes;

  @Column(name = "buffer_after_minutes")
  private int bufferAfterMinutes;

  @Column(name = "new_patients")
  private boolean newPatients;

  @Column(name = "online_bookable")
  private boolean onlineBookable;

  protected VisitMotive() {}

  public long id() {
    return id;
  }

  public long practitionerId() {
    return practitionerId;
  }

  public String name() {
    return name;
  }

  public Duration duration() {
    return Duration.ofMinutes(durationMinutes);
  }

  public Duration bufferBefore() {
    return Duration.ofMinutes(bufferBeforeMinutes);
  }

  public Duration bufferAfter() {
    return Duration.ofMinutes(bufferAfterMinutes);
  }

  public boolean newPatients() {
    return newPatients;
  }

  public boolean onlineBookable() {
    return onlineBookable;
  }
}
