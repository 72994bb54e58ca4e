package com.medislot.booking.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/** A person who signs in: a patient, a clinic staff member or an administrator. */
@Entity
@Table(name = "account")
public class Account {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String email;

  @Column(name = "password_hash")
  private String passwordHash;

  private String role;

  @Column(name = "first_name")
  private String firstName;

  @Column(name = "last_name")
  private String lastName;

  @Column(name = "birth_date")
  private LocalDate birthDate;

  private String phone;

  @Column(name = "clinic_id")
  private Long clinicId;

  @Column(name = "created_at")
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_country", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "country_code")
  private Set<String> countries = new HashSet<>();

  protected Account() {}

  /** A new patient account; the password is already hashed. */
  public static Account patient(
      String email,
      String passwordHash,
      String firstName,
      String lastName,
      LocalDate birthDate,
      String phone,
      Instant createdAt) {
    Account a = new Account();
    a.email = email;
    a.passwordHash = passwordHash;
    a.role = Role.PATIENT.code();
    a.firstName = firstName;
    a.lastName = lastName;
    a.birthDate = birthDate;
    a.phone = phone;
    a.createdAt = createdAt;
    return a;
  }

  public long id() {
    return id;
  }

  public String email() {
    return email;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public Role role() {
    return Role.fromCode(role).orElseThrow();
  }

  public String firstName() {
    return firstName;
  }

  public String lastName() {
    return lastName;
  }

  /** The clinic a staff account is scoped to. */
  public OptionalLong clinicId() {
    return clinicId == null ? OptionalLong.empty() : OptionalLong.of(clinicId);
  }

  /** The countries a country admin is scoped to, sorted. */
  public Set<String> countries() {
    return new TreeSet<>(countries);
  }

  public Optional<String> phone() {
    return Optional.ofNullable(phone);
  }
}
