package com.medislot.web.patient;

import com.medislot.booking.errors.InvalidInputException;
import com.medislot.booking.infrastructure.Jsons;
import com.medislot.booking.patient.Relationship;
import com.medislot.booking.patient.RelativeService;
import com.medislot.booking.patient.RelativeView;
import com.medislot.web.security.Caller;
import com.medislot.web.support.JsonViews;
import com.medislot.web.support.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/** The people the signed-in patient books for. */
@Path("me/relatives")
@ApplicationScoped
@RolesAllowed("patient")
@Produces(MediaType.APPLICATION_JSON)
public class RelativeResource {

  @Inject RelativeService relatives;
  @Inject Caller caller;
  @Inject Clock clock;

  @GET
  public String list() {
    JsonArrayBuilder arr = Jsons.createArrayBuilder();
    relatives.list(caller.accountId()).forEach(r -> arr.add(JsonViews.relative(r)));
    return arr.build().toString();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response add(@Valid @NotNull RelativeBody body, @Context UriInfo uriInfo) {
    RelativeView added =
        relatives.add(
            caller.accountId(),
            body.firstName,
            body.lastName,
            Params.birthDate(
                "birthDate",
                Params.optionalDate("birthDate", body.birthDate).orElse(null),
                LocalDate.now(clock)),
            relationship(body.relationship));
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(Long.toString(added.id())).build())
        .entity(JsonViews.relative(added).toString())
        .build();
  }

  @DELETE
  @Path("{id}")
  public Response remove(@PathParam("id") String rawId) {
    relatives.remove(caller.accountId(), Params.id("id", rawId));
    return Response.noContent().build();
  }

  static Relationship relationship(String raw) {
    try {
      return Relationship.valueOf(raw.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("relationship", "must be CHILD, PARENT or OTHER");
    }
  }
}
