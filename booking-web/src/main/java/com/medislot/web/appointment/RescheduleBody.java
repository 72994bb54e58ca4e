package com.medislot.web.appointment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /appointments/{id}/reschedule} (a class: see {@link BookingBody}). */
public class RescheduleBody {
  @NotBlank
  @Size(max = 64)
  public String start;
}
