package com.medislot.web.auth;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Body of {@code POST /auth/patients} (a class: see {@code BookingBody} on records). */
public class RegistrationBody {
  @NotBlank
  @Email
  @Size(max = 254)
  public String email;

  @NotNull
  @Size(min = 8, max = 128)
  public String password;

  @NotBlank
  @Size(max = 100)
  public String firstName;

  @NotBlank
  @Size(max = 100)
  public String lastName;

  @NotNull @Past public LocalDate birthDate;

  @Pattern(regexp = "\\+?[0-9 .()-]{6,20}", message = "must be a phone number")
  public String phone;
}
