package com.medislot.booking.errors;

/** The thing asked for does not exist, or is not the caller's to see. */
public class NotFoundException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String what, Object id) {
    super(null, what + " " + id + " not found");
  }
}
