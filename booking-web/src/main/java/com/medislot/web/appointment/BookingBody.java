package com.medislot.web.appointment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /appointments} and {@code POST /holds}; {@code start} is parsed strictly by
 * the resource. A plain class rather than a record: Payara's OpenAPI scanner fails on constrained
 * record components.
 */
public class BookingBody {
  @NotNull @Positive public Long practitionerId;
  @NotNull @Positive public Long locationId;
  @NotNull @Positive public Long motiveId;

  /** The caller's relative it is for; absent when it is for the caller. */
  @Positive public Long relativeId;

  @NotBlank
  @Size(max = 64)
  public String start;
}
