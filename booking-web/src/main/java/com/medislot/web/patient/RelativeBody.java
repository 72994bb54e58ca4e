package com.medislot.web.patient;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /me/relatives}; {@code birthDate} and {@code relationship} are parsed
 * strictly by the resource (a class: Payara's OpenAPI scanner fails on constrained records).
 */
public class RelativeBody {
  @NotBlank
  @Size(max = 100)
  public String firstName;

  @NotBlank
  @Size(max = 100)
  public String lastName;

  @NotBlank
  @Size(max = 10)
  public String birthDate;

  /** CHILD, PARENT or OTHER. */
  @NotBlank
  @Size(max = 16)
  public String relationship;
}
