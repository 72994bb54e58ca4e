package com.medislot.booking.account;

import java.time.LocalDate;
import java.util.Optional;

/** A patient's sign-up data, already validated for shape by the API layer. */
public record Registration(
    String email,
    char[] password,
    String firstName,
    String lastName,
    LocalDate birthDate,
    Optional<String> phone) {}
