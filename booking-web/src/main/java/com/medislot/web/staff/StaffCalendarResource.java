package com.medislot.web.staff;

import com.medislot.booking.availability.CalendarException;
import com.medislot.booking.availability.TimeRange;
import com.medislot.booking.calendar.CalendarAdministration;
import com.medislot.booking.calendar.CalendarView;
import com.medislot.booking.calendar.ExceptionDraft;
import com.medislot.booking.calendar.OpeningDraft;
import com.medislot.booking.errors.InvalidInputException;
import com.medislot.booking.infrastructure.Jsons;
import com.medislot.booking.practitioner.CalendarExceptionRecord;
import com.medislot.booking.practitioner.RuleOverrides;
import com.medislot.booking.practitioner.WeeklyOpening;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** A staff member's view and changes of their clinic's practitioners' calendars. */
@Path("staff/practitioners/{id}")
@ApplicationScoped
@RolesAllowed("staff")
@Produces(MediaType.APPLICATION_JSON)
public class StaffCalendarResource {

  static final Duration MAX_RANGE = Duration.ofDays(31);

  @Inject CalendarAdministration calendars;
  @Inject Caller caller;

  @GET
  @Path("calendar")
  public String calendar(
      @PathParam("id") String rawId,
      @QueryParam("from") String rawFrom,
      @QueryParam("to") String rawTo) {
    Instant from = Params.instant("from", rawFrom);
    Instant to = Params.instant("to", rawTo);
    if (!from.isBefore(to)) {
      throw new InvalidInputException("to", "must be after from");
    }
    if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
      throw new InvalidInputException("to", "the range may span at most 31 days");
    }
    CalendarView view =
        calendars.calendar(caller.clinicId(), Params.id("id", rawId), TimeRange.of(from, to));
    JsonArrayBuilder appointments = Jsons.createArrayBuilder();
    view.appointments().forEach(a -> appointments.add(JsonViews.appointment(a)));
    JsonArrayBuilder exceptions = Jsons.createArrayBuilder();
    view.exceptions().forEach(e -> exceptions.add(exception(e)));
    JsonArrayBuilder free = Jsons.createArrayBuilder();
    for (CalendarView.FreeSlots f : view.freeSlots()) {
      JsonArrayBuilder slots = Jsons.createArrayBuilder();
      f.slots()
          .forEach(
              s ->
                  slots.add(
                      Jsons.createObjectBuilder()
                          .add("start", s.start().toString())
                          .add("end", s.end().toString())));
      free.add(
          Jsons.createObjectBuilder()
              .add("locationId", f.locationId())
              .add("motiveId", f.motiveId())
              .add("slots", slots));
    }
    JsonArrayBuilder template = Jsons.createArrayBuilder();
    view.template().forEach(o -> template.add(opening(o)));
    JsonArrayBuilder holidays = Jsons.createArrayBuilder();
    view.holidays()
        .forEach(
            h ->
                holidays.add(
                    Jsons.createObjectBuilder()
                        .add("locationId", h.locationId())
                        .add("date", h.date().toString())
                        .add("name", h.name())));
    return Jsons.createObjectBuilder()
        .add("practitionerId", view.practitionerId())
        .add("appointments", appointments)
        .add("template", template)
        .add("rules", rules(view.rules()))
        .add("holidays", holidays)
        .add("exceptions", exceptions)
        .add("freeSlots", free)
        .build()
        .toString();
  }

  @PUT
  @Path("templates")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response replaceTemplate(
      @PathParam("id") String rawId, @Valid @NotNull TemplateBody body) {
    List<OpeningDraft> drafts = new ArrayList<>();
    for (int i = 0; i < body.ranges.size(); i++) {
      OpeningBody r = body.ranges.get(i);
      String at = "ranges[" + i + "].";
      drafts.add(
          new OpeningDraft(
              r.locationId,
              day(at + "day", r.day),
              time(at + "start", r.start),
              time(at + "end", r.end),
              date(at + "validFrom", r.validFrom),
              date(at + "validUntil", r.validUntil),
              r.everyWeeks == null ? 1 : r.everyWeeks,
              date(at + "anchorWeek", r.anchorWeek),
              r.motiveIds == null ? Set.of() : Set.copyOf(r.motiveIds)));
    }
    calendars.replaceTemplate(caller.clinicId(), Params.id("id", rawId), drafts);
    return Response.noContent().build();
  }

  @PUT
  @Path("rules")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response replaceRules(@PathParam("id") String rawId, @NotNull RulesBody body) {
    calendars.replaceRules(
        caller.clinicId(),
        Params.id("id", rawId),
        RuleOverrides.of(
            body.minimumNoticeMinutes, body.bookingHorizonDays, body.slotIntervalMinutes));
    return Response.noContent().build();
  }

  @POST
  @Path("exceptions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addException(@PathParam("id") String rawId, @Valid @NotNull ExceptionBody body) {
    long practitionerId = Params.id("id", rawId);
    ExceptionDraft draft =
        new ExceptionDraft(
            kind(body.kind),
            Params.instant("start", body.start),
            Params.instant("end", body.end),
            body.locationId == null ? OptionalLong.empty() : OptionalLong.of(body.locationId),
            body.reason == null ? "" : body.reason.trim());
    long id = calendars.addException(caller.clinicId(), practitionerId, draft);
    JsonObject created = Jsons.createObjectBuilder().add("id", id).build();
    return Response.status(Response.Status.CREATED).entity(created.toString()).build();
  }

  @DELETE
  @Path("exceptions/{exceptionId}")
  public Response removeException(
      @PathParam("id") String rawId, @PathParam("exceptionId") String rawExceptionId) {
    calendars.removeException(
        caller.clinicId(), Params.id("id", rawId), Params.id("exceptionId", rawExceptionId));
    return Response.noContent().build();
  }

  private static JsonObject exception(CalendarExceptionRecord e) {
    var b =
        Jsons.createObjectBuilder()
            .add("id", e.id())
            .add("kind", e.kind())
            .add("start", e.startAt().toString())
            .add("end", e.endAt().toString())
            .add("reason", e.reason());
    e.locationId().ifPresentOrElse(l -> b.add("locationId", l), () -> b.addNull("locationId"));
    return b.build();
  }

  private static JsonObject rules(RuleOverrides r) {
    var b = Jsons.createObjectBuilder();
    addOrNull(b, "minimumNoticeMinutes", r.minimumNoticeMinutes());
    addOrNull(b, "bookingHorizonDays", r.bookingHorizonDays());
    addOrNull(b, "slotIntervalMinutes", r.slotIntervalMinutes());
    return b.build();
  }

  private static void addOrNull(
      jakarta.json.JsonObjectBuilder b, String name, java.util.OptionalInt value) {
    if (value.isPresent()) {
      b.add(name, value.getAsInt());
    } else {
      b.addNull(name);
    }
  }

  private static JsonObject opening(WeeklyOpening o) {
    var b =
        Jsons.createObjectBuilder()
            .add("id", o.id())
            .add("locationId", o.locationId())
            .add("day", o.dayOfWeek().name())
            .add("start", o.startTime().toString())
            .add("end", o.endTime().toString())
            .add("everyWeeks", o.everyWeeks());
    o.validFrom().ifPresent(d -> b.add("validFrom", d.toString()));
    o.validUntil().ifPresent(d -> b.add("validUntil", d.toString()));
    o.anchorWeek().ifPresent(d -> b.add("anchorWeek", d.toString()));
    JsonArrayBuilder motives = Jsons.createArrayBuilder();
    o.motiveIds().forEach(motives::add);
    return b.add("motiveIds", motives).build();
  }

  private static CalendarException.Kind kind(String raw) {
    try {
      return CalendarException.Kind.valueOf(raw.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("kind", "must be ABSENCE, CLOSURE, BLOCK or EXTRA_OPENING");
    }
  }

  private static DayOfWeek day(String field, String raw) {
    try {
      return DayOfWeek.valueOf(raw.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(field, "must be a day of the week, e.g. MONDAY");
    }
  }

  private static LocalTime time(String field, String raw) {
    try {
      return LocalTime.parse(raw.trim());
    } catch (DateTimeException e) {
      throw new InvalidInputException(field, "must be a time HH:mm");
    }
  }

  private static Optional<LocalDate> date(String field, String raw) {
    return Params.optionalDate(field, raw);
  }
}
