package com.medislot.booking.errors;

/** The request conflicts with the current state (HTTP 409). */
public class ConflictException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String field, String message) {
    super(field, message);
  }
}
