package com.medislot.booking.country;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A country brought online by importing its country file; the file is kept as imported. */
@Entity
@Table(name = "country")
public class Country {

  @Id private String code;

  private String name;

  @Column(name = "default_zone")
  private String defaultZone;

  @Column(name = "default_locale")
  private String defaultLocale;

  /** The country file as imported (JSON). */
  private String definition;

  @Column(name = "imported_at")
  private Instant importedAt;

  protected Country() {}

  public Country(
      String code,
      String name,
      String defaultZone,
      String defaultLocale,
      String definition,
      Instant importedAt) {
    this.code = code;
    this.name = name;
    this.defaultZone = defaultZone;
    this.defaultLocale = defaultLocale;
    this.definition = definition;
    this.importedAt = importedAt;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String definition() {
    return definition;
  }

  public Instant importedAt() {
    return importedAt;
  }

  public String defaultZone() {
    return defaultZone;
  }

  public String defaultLocale() {
    return defaultLocale;
  }

  /** Replaces the country file by a newer import of the same country. */
  public void reimport(
      String name,
      String defaultZone,
      String defaultLocale,
      String definition,
      Instant importedAt) {
    this.name = name;
    this.defaultZone = defaultZone;
    this.defaultLocale = defaultLocale;
    this.definition = definition;
    this.importedAt = importedAt;
  }
}
