package com.medislot.web.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** One opening range of {@code PUT …/templates}: {@code day} is MONDAY…SUNDAY, times HH:mm. */
public class OpeningBody {
  @NotNull @Positive public Long locationId;

  @NotBlank
  @Size(max = 9)
  public String day;

  @NotBlank
  @Size(max = 8)
  public String start;

  @NotBlank
  @Size(max = 8)
  public String end;

  @Size(max = 10)
  public String validFrom;

  @Size(max = 10)
  public String validUntil;
}
