package com.medislot.web.appointment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /appointments}; {@code start} is parsed strictly by the resource. */
public record BookingBody(
    @NotNull @Positive Long practitionerId,
    @NotNull @Positive Long locationId,
    @NotNull @Positive Long motiveId,
    @NotBlank @Size(max = 64) String start) {}
