package com.medislot.booking.errors;

/** Input that is malformed or out of range (HTTP 400). */
public class InvalidInputException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public InvalidInputException(String field, String message) {
    super(field, message);
  }
}
