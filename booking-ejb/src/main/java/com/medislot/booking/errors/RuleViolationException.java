package com.medislot.booking.errors;

/** Well-formed input that the business rules refuse (HTTP 422). */
public class RuleViolationException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public RuleViolationException(String field, String message) {
    super(field, message);
  }
}
