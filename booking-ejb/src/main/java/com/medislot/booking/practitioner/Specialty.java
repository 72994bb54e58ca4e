package com.medislot.booking.practitioner;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A medical specialty, identified by a stable lowercase code (e.g. {@code general-practice}). */
@Entity
@Table(name = "specialty")
public class Specialty {

  @Id private String code;

  private String name;

  protected Specialty() {}

  public Specialty(String code, String name) {
    this.code = code;
    this.name = name;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }
}
