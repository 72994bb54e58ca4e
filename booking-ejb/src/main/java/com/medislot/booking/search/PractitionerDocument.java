package com.medislot.booking.search;

import com.medislot.booking.practitioner.VisitMotive;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.GeoPointBinding;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Latitude;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Longitude;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * The searchable form of a practitioner at one location. Every value a search result shows is
 * stored in the index (projectable), so that a search reads the index only, never the database.
 */
@Entity
@Table(name = "practitioner_search")
@Indexed(index = "practitioner")
@GeoPointBinding(fieldName = "point", sortable = Sortable.YES, projectable = Projectable.YES)
public class PractitionerDocument {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
  @Column(name = "practitioner_id")
  private long practitionerId;

  @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
  @Column(name = "location_id")
  private long locationId;

  @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
  @Column(name = "practitioner_name")
  private String practitionerName;

  @KeywordField(projectable = Projectable.YES)
  @Column(name = "specialty_code")
  private String specialtyCode;

  @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
  @Column(name = "specialty_name")
  private String specialtyName;

  /** Space-separated ISO 639 codes; indexed as separate keywords by {@link #getLanguageCodes}. */
  private String languages;

  @Column(name = "motive_names")
  private String motiveNames;

  @GenericField(projectable = Projectable.YES)
  @Column(name = "accepts_new_patients")
  private boolean acceptsNewPatients;

  @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
  @Column(name = "location_name")
  private String locationName;

  @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
  private String address;

  @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
  private String city;

  @KeywordField(projectable = Projectable.YES)
  @Column(name = "country_code")
  private String countryCode;

  @Latitude private double latitude;

  @Longitude private double longitude;

  @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
  @Column(name = "next_available")
  private Instant nextAvailable;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected PractitionerDocument() {}

  public Long id() {
    return id;
  }

  public long practitionerId() {
    return practitionerId;
  }

  public long locationId() {
    return locationId;
  }

  public String practitionerName() {
    return practitionerName;
  }

  public String specialtyCode() {
    return specialtyCode;
  }

  public String specialtyName() {
    return specialtyName;
  }

  public String languages() {
    return languages;
  }

  /** The spoken languages as separate values, for the {@code language} index field. */
  @KeywordField(name = "language", projectable = Projectable.YES)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "languages")))
  public List<String> getLanguageCodes() {
    return languages == null || languages.isBlank()
        ? List.of()
        : List.of(languages.trim().split("\\s+"));
  }

  /**
   * The keys ({@link VisitMotive#key}) of the motives patients can book online, for the {@code
   * motive} index field.
   */
  @KeywordField(name = "motive")
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "motiveNames")))
  public List<String> getMotiveKeys() {
    return motiveNames == null || motiveNames.isBlank()
        ? List.of()
        : Arrays.stream(motiveNames.split("\\|"))
            .map(VisitMotive::key)
            .filter(k -> !k.isEmpty())
            .distinct()
            .toList();
  }

  public boolean acceptsNewPatients() {
    return acceptsNewPatients;
  }

  public String locationName() {
    return locationName;
  }

  public String address() {
    return address;
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

  public Optional<Instant> nextAvailable() {
    return Optional.ofNullable(nextAvailable);
  }

  /** Records the practitioner's earliest free slot at this location (empty: none in window). */
  public void availabilityChanged(Optional<Instant> next, Instant now) {
    this.nextAvailable = next.orElse(null);
    this.updatedAt = now;
  }
}
