package com.medislot.booking.errors;

import jakarta.ejb.ApplicationException;
import java.util.Optional;

/** A refusal the caller can understand and act on; never a server fault. */
@ApplicationException(rollback = true, inherited = true)
public abstract class BusinessException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String field;

  protected BusinessException(String field, String message) {
    super(message, null, false, false);
    this.field = field;
  }

  /** The input field the refusal is about, when there is one. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }
}
