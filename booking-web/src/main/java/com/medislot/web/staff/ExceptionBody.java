package com.medislot.web.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /staff/practitioners/{id}/exceptions}. */
public class ExceptionBody {
  @NotBlank
  @Size(max = 20)
  public String kind;

  @NotBlank
  @Size(max = 64)
  public String start;

  @NotBlank
  @Size(max = 64)
  public String end;

  @Positive public Long locationId;

  @Size(max = 500)
  public String reason;
}
