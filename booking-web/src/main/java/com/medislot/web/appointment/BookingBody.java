package com.medislot.web.appointment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /appointments}; {@code start} is parsed strictly by the resource. A plain
 * class rather than a record: Payara's OpenAPI scanner fails on constrained record components.
 */
public class BookingBody {
  @NotNull @Positive public Long practitionerId;
  @NotNull @Positive public Long locationId;
  @NotNull @Positive public Long motiveId;

  @NotBlank
  @Size(max = 64)
  public String start;
}
