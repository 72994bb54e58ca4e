package com.medislot.web.appointment;

import com.medislot.booking.appointment.AppointmentQueries;
import com.medislot.booking.appointment.BookingOutcome;
import com.medislot.booking.appointment.BookingRequest;
import com.medislot.booking.appointment.BookingService;
import com.medislot.booking.appointment.CancellationService;
import com.medislot.booking.appointment.RescheduleService;
import com.medislot.booking.errors.InvalidInputException;
import com.medislot.booking.infrastructure.Jsons;
import com.medislot.web.security.Caller;
import com.medislot.web.support.JsonViews;
import com.medislot.web.support.Params;
import com.medislot.web.support.RequestTimers;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.OptionalLong;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Timer;

/** The signed-in patient's appointments. */
@Path("appointments")
@ApplicationScoped
@RolesAllowed("patient")
@Produces(MediaType.APPLICATION_JSON)
public class AppointmentResource {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  @Inject BookingService booking;
  @Inject MetricRegistry metrics;
  @Inject AppointmentQueries queries;
  @Inject CancellationService cancellations;
  @Inject RescheduleService reschedules;
  @Inject Caller caller;

  private Timer bookings;

  @PostConstruct
  void registerTimer() {
    bookings = RequestTimers.timer(metrics, "medislot.bookings", "Booking requests, any outcome");
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response book(
      @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
      @Valid @NotNull BookingBody body,
      @Context UriInfo uriInfo) {
    try (Timer.Context timing = bookings.time()) {
      String key = idempotencyKey(idempotencyKey);
      BookingOutcome outcome = booking.book(caller.accountId(), key, request(body));
      Response.ResponseBuilder response =
          outcome.replayed()
              ? Response.ok()
              : Response.created(
                  uriInfo
                      .getAbsolutePathBuilder()
                      .path(Long.toString(outcome.appointment().id()))
                      .build());
      return response.entity(JsonViews.appointment(outcome.appointment()).toString()).build();
    }
  }

  @GET
  public String list(@QueryParam("scope") String rawScope) {
    AppointmentQueries.Scope scope = scope(rawScope);
    JsonArrayBuilder arr = Jsons.createArrayBuilder();
    queries.list(caller.accountId(), scope).forEach(a -> arr.add(JsonViews.appointment(a)));
    return arr.build().toString();
  }

  @GET
  @Path("{id}")
  public String get(@PathParam("id") String rawId) {
    return JsonViews.appointment(queries.get(caller.accountId(), Params.id("id", rawId)))
        .toString();
  }

  @POST
  @Path("{id}/cancel")
  public String cancel(@PathParam("id") String rawId) {
    return JsonViews.appointment(
            cancellations.cancelByPatient(caller.accountId(), Params.id("id", rawId)))
        .toString();
  }

  @POST
  @Path("{id}/reschedule")
  @Consumes(MediaType.APPLICATION_JSON)
  public String reschedule(@PathParam("id") String rawId, @Valid @NotNull RescheduleBody body) {
    return JsonViews.appointment(
            reschedules.rescheduleByPatient(
                caller.accountId(), Params.id("id", rawId), Params.instant("start", body.start)))
        .toString();
  }

  /** The required {@code Idempotency-Key} header, trimmed. */
  static String idempotencyKey(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new InvalidInputException(IDEMPOTENCY_KEY, "header is required");
    }
    if (raw.length() > 200) {
      throw new InvalidInputException(IDEMPOTENCY_KEY, "must be at most 200 characters");
    }
    return raw.trim();
  }

  static BookingRequest request(BookingBody body) {
    return new BookingRequest(
        body.practitionerId,
        body.locationId,
        body.motiveId,
        Params.instant("start", body.start),
        body.relativeId == null ? OptionalLong.empty() : OptionalLong.of(body.relativeId));
  }

  private static AppointmentQueries.Scope scope(String raw) {
    if (raw == null || raw.isBlank()) {
      return AppointmentQueries.Scope.UPCOMING;
    }
    return switch (raw.trim().toLowerCase(Locale.ROOT)) {
      case "upcoming" -> AppointmentQueries.Scope.UPCOMING;
      case "past" -> AppointmentQueries.Scope.PAST;
      default -> throw new InvalidInputException("scope", "must be upcoming or past");
    };
  }
}
