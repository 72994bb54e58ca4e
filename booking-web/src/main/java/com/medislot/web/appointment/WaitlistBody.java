package com.medislot.web.appointment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /waitlist} (a class: see {@link BookingBody}). */
public class WaitlistBody {
  @NotNull @Positive public Long practitionerId;
  @NotNull @Positive public Long motiveId;

  /** Absent: any of the practitioner's locations. */
  @Positive public Long locationId;

  /** Absent: any time; else only slots starting before this instant. */
  @Size(max = 64)
  public String before;

  /** The caller's relative it is for; absent when it is for the caller. */
  @Positive public Long relativeId;
}
