package com.medislot.web.appointment;

import com.medislot.booking.appointment.BookingOutcome;
import com.medislot.booking.appointment.HoldOutcome;
import com.medislot.booking.appointment.HoldService;
import com.medislot.booking.infrastructure.Jsons;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The signed-in patient's holds: reserve a slot for a short time, then confirm or release it. */
@Path("holds")
@ApplicationScoped
@RolesAllowed("patient")
@Produces(MediaType.APPLICATION_JSON)
public class HoldResource {

  @Inject HoldService holds;
  @Inject Caller caller;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response hold(
      @HeaderParam(AppointmentResource.IDEMPOTENCY_KEY) String idempotencyKey,
      @Valid @NotNull BookingBody body,
      @Context UriInfo uriInfo) {
    String key = AppointmentResource.idempotencyKey(idempotencyKey);
    HoldOutcome outcome = holds.place(caller.accountId(), key, AppointmentResource.request(body));
    Response.ResponseBuilder response =
        outcome.replayed()
            ? Response.ok()
            : Response.created(
                uriInfo.getAbsolutePathBuilder().path(Long.toString(outcome.hold().id())).build());
    return response.entity(JsonViews.hold(outcome.hold()).toString()).build();
  }

  /** Holds that still reserve their slot. */
  @GET
  public String list() {
    JsonArrayBuilder arr = Jsons.createArrayBuilder();
    holds.active(caller.accountId()).forEach(h -> arr.add(JsonViews.hold(h)));
    return arr.build().toString();
  }

  @GET
  @Path("{id}")
  public String get(@PathParam("id") String rawId) {
    return JsonViews.hold(holds.get(caller.accountId(), Params.id("id", rawId))).toString();
  }

  /** Turns the hold into a confirmed appointment: 201 the first time, 200 on a repeat. */
  @POST
  @Path("{id}/confirm")
  public Response confirm(@PathParam("id") String rawId, @Context UriInfo uriInfo) {
    BookingOutcome outcome = holds.confirm(caller.accountId(), Params.id("id", rawId));
    Response.ResponseBuilder response =
        outcome.replayed()
            ? Response.ok()
            : Response.created(
                uriInfo
                    .getBaseUriBuilder()
                    .path("appointments")
                    .path(Long.toString(outcome.appointment().id()))
                    .build());
    return response.entity(JsonViews.appointment(outcome.appointment()).toString()).build();
  }

  @DELETE
  @Path("{id}")
  public Response release(@PathParam("id") String rawId) {
    holds.release(caller.accountId(), Params.id("id", rawId));
    return Response.noContent().build();
  }
}
