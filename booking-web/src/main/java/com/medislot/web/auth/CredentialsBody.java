package com.medislot.web.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /auth/token}. */
public record CredentialsBody(
    @NotBlank @Size(max = 254) String email, @NotNull @Size(max = 128) String password) {}
