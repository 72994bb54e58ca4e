package com.medislot.booking.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A person an account books for. Removal is soft ({@link #removedAt()}), so appointments keep
 * showing who they were for; a removed relative can no longer be booked for.
 */
@Entity
@Table(name = "relative")
public class Relative {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "account_id")
  private long accountId;

  @Column(name = "first_name")
  private String firstName;

  @Column(name = "last_name")
  private String lastName;

  @Column(name = "birth_date")
  private LocalDate birthDate;

  @Enumerated(EnumType.STRING)
  private Relationship relationship;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "removed_at")
  private Instant removedAt;

  protected Relative() {}

  public Relative(
      long accountId,
      String firstName,
      String lastName,
      LocalDate birthDate,
      Relationship relationship,
      Instant createdAt) {
    this.accountId = accountId;
    this.firstName = Objects.requireNonNull(firstName);
    this.lastName = Objects.requireNonNull(lastName);
    this.birthDate = Objects.requireNonNull(birthDate);
    this.relationship = Objects.requireNonNull(relationship);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /** Removes this relative from the account; removing twice changes nothing. */
  public void remove(Instant at) {
    if (removedAt == null) {
      removedAt = Objects.requireNonNull(at);
    }
  }

  /** Whether this relative belongs to the account and was not removed. */
  public boolean isActiveFor(long account) {
    return accountId == account && removedAt == null;
  }

  public long id() {
    return id;
  }

  public long accountId() {
    return accountId;
  }

  public String firstName() {
    return firstName;
  }

  public String lastName() {
    return lastName;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  public Relationship relationship() {
    return relationship;
  }

  public Optional<Instant> removedAt() {
    return Optional.ofNullable(removedAt);
  }
}
