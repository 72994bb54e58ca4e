package com.medislot.booking.errors;

/** The thing asked for existed but is no longer usable, e.g. an expired hold (HTTP 410). */
public class GoneException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public GoneException(String field, String message) {
    super(field, message);
  }
}
