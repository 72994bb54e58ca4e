package com.medislot.booking.practitioner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A clinic: the unit staff accounts are scoped to. */
@Entity
@Table(name = "clinic")
public class Clinic {

  @Id private Long id;

  private String name;

  @Column(name = "country_code")
  private String countryCode;

  protected Clinic() {}

  public long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String countryCode() {
    return countryCode;
  }
}
