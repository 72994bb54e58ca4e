package com.medislot.web.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /auth/token} (a class: see {@code BookingBody} on records). */
public class CredentialsBody {
  @NotBlank
  @Size(max = 254)
  public String email;

  @NotNull
  @Size(max = 128)
  public String password;
}
