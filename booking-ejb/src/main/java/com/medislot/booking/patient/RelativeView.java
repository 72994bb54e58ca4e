package com.medislot.booking.patient;

import java.time.LocalDate;

/** A detached, immutable view of a relative. */
public record RelativeView(
    long id, String firstName, String lastName, LocalDate birthDate, Relationship relationship) {

  public static RelativeView of(Relative r) {
    return new RelativeView(r.id(), r.firstName(), r.lastName(), r.birthDate(), r.relationship());
  }
}
