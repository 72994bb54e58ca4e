package com.medislot.booking.account;

import java.util.Arrays;
import java.util.Optional;

/** The roles carried in access tokens. */
public enum Role {
  PATIENT("patient"),
  STAFF("staff"),
  COUNTRY_ADMIN("country-admin"),
  ADMIN("admin");

  private final String code;

  Role(String code) {
    this.code = code;
  }

  /** The name used in the database and in the token's {@code groups} claim. */
  public String code() {
    return code;
  }

  public static Optional<Role> fromCode(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
  }
}
