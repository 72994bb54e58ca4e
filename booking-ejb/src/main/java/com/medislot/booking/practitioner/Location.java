package com.medislot.booking.practitioner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.ZoneId;
import java.util.Optional;

/** A place where practitioners receive patients; its zone governs every wall-clock rule there. */
@Entity
@Table(name = "location")
public class Location {

  @Id private Long id;

  @Column(name = "clinic_id")
  private long clinicId;

  private String name;
  private String address;
  private String postcode;
  private String city;

  @Column(name = "country_code")
  private String countryCode;

  private double latitude;
  private double longitude;

  @Column(name = "time_zone")
  private String timeZone;

  private String region;

  protected Location() {}

  public long id() {
    return id;
  }

  public long clinicId() {
    return clinicId;
  }

  public String name() {
    return name;
  }

  public String address() {
    return address;
  }

  public String postcode() {
    return postcode;
  }

  public String city() {
    return city;
  }

  public String countryCode() {
    return countryCode;
  }

  public double latitude() {
    return latitude;
  }

  public double longitude() {
    return longitude;
  }

  /** The subdivision (ISO 3166-2) whose own public holidays the location observes, if any. */
  public Optional<String> region() {
    return Optional.ofNullable(region);
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }
}
