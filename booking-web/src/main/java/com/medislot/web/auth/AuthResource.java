package com.medislot.web.auth;

import com.medislot.booking.account.Account;
import com.medislot.booking.account.AccountService;
import com.medislot.booking.account.Registration;
import com.medislot.booking.infrastructure.Jsons;
import com.medislot.web.problem.Problem;
import com.medislot.web.security.TokenIssuer;
import com.medislot.web.support.Params;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** Sign-up for patients and bearer tokens for every role. */
@Path("auth")
@ApplicationScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

  @Inject AccountService accounts;
  @Inject TokenIssuer tokens;
  @Inject Clock clock;

  @POST
  @Path("patients")
  public Response register(@Valid @NotNull RegistrationBody body) {
    Account account =
        accounts.registerPatient(
            new Registration(
                body.email,
                body.password.toCharArray(),
                body.firstName.trim(),
                body.lastName.trim(),
                Params.birthDate("birthDate", body.birthDate, LocalDate.now(clock)),
                Optional.ofNullable(body.phone)));
    return Response.status(Response.Status.CREATED)
        .entity(Jsons.createObjectBuilder().add("id", account.id()).build().toString())
        .build();
  }

  @POST
  @Path("token")
  public Response token(@Valid @NotNull CredentialsBody body) {
    return accounts
        .authenticate(body.email, body.password.toCharArray())
        .map(tokens::issue)
        .map(
            t ->
                Response.ok(
                        Jsons.createObjectBuilder()
                            .add("access_token", t.value())
                            .add("token_type", "Bearer")
                            .add("expires_in", t.expiresInSeconds())
                            .build()
                            .toString())
                    .build())
        .orElseGet(
            () ->
                Problem.of(
                        Response.Status.UNAUTHORIZED, "bad-credentials", "Wrong email or password")
                    .header("WWW-Authenticate", "Bearer")
                    .toResponse());
  }
}
