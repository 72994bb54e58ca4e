package com.medislot.booking.appointment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Remembers which appointment a client's {@code Idempotency-Key} produced, and for which request.
 */
@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord {

  @Id
  @Column(name = "account_id")
  private long accountId;

  @Id
  @Column(name = "key")
  private String key;

  @Column(name = "request_hash")
  private String requestHash;

  @Column(name = "appointment_id")
  private long appointmentId;

  @Column(name = "created_at")
  private Instant createdAt;

  protected IdempotencyRecord() {}

  public IdempotencyRecord(
      long accountId, String key, String requestHash, long appointmentId, Instant createdAt) {
    this.accountId = accountId;
    this.key = key;
    this.requestHash = requestHash;
    this.appointmentId = appointmentId;
    this.createdAt = createdAt;
  }

  public String requestHash() {
    return requestHash;
  }

  public long appointmentId() {
    return appointmentId;
  }

  /** Composite primary key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private long accountId;
    private String key;

    public Key() {}

    public Key(long accountId, String key) {
      this.accountId = accountId;
      this.key = key;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key other
          && other.accountId == accountId
          && Objects.equals(other.key, key);
    }

    @Override
    public int hashCode() {
      return Objects.hash(accountId, key);
    }
  }
}
