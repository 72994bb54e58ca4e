package com.medislot.web.appointment;

import com.medislot.booking.appointment.WaitlistService;
import com.medislot.booking.infrastructure.Jsons;
import com.medislot.web.security.Caller;
import com.medislot.web.support.JsonViews;
import com.medislot.web.support.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
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
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The signed-in patient's waiting-list entries. Offers arrive as holds ({@code GET /holds}, field
 * {@code offer}).
 */
@Path("waitlist")
@ApplicationScoped
@RolesAllowed("patient")
@Produces(MediaType.APPLICATION_JSON)
public class WaitlistResource {

  @Inject WaitlistService waitlist;
  @Inject Caller caller;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response join(@Valid @NotNull WaitlistBody body, @Context UriInfo uriInfo) {
    WaitlistService.Wish wish =
        new WaitlistService.Wish(
            body.practitionerId,
            body.motiveId,
            optional(body.locationId),
            body.before == null || body.before.isBlank()
                ? Optional.empty()
                : Optional.of(Params.instant("before", body.before)),
            optional(body.relativeId));
    JsonObject entry = JsonViews.waitlistEntry(waitlist.join(caller.accountId(), wish));
    return Response.created(
            uriInfo
                .getAbsolutePathBuilder()
                .path(Long.toString(entry.getJsonNumber("id").longValue()))
                .build())
        .entity(entry.toString())
        .build();
  }

  /** Entries in line or holding an offer. */
  @GET
  public String list() {
    JsonArrayBuilder arr = Jsons.createArrayBuilder();
    waitlist.list(caller.accountId()).forEach(w -> arr.add(JsonViews.waitlistEntry(w)));
    return arr.build().toString();
  }

  @DELETE
  @Path("{id}")
  public Response leave(@PathParam("id") String rawId) {
    waitlist.leave(caller.accountId(), Params.id("id", rawId));
    return Response.noContent().build();
  }

  private static OptionalLong optional(Long id) {
    return id == null ? OptionalLong.empty() : OptionalLong.of(id);
  }
}
