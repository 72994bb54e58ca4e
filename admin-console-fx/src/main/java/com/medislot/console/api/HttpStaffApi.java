package com.medislot.console.api;

import com.medislot.console.session.Session;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/** {@link StaffApi} over {@link HttpClient}. Thread-safe. */
public final class HttpStaffApi implements StaffApi {

  private final HttpClient client;

  public HttpStaffApi(HttpClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /** Same client settings as sign-in: no redirects (the token stays here), HTTP/1.1. */
  public static HttpStaffApi create() {
    return new HttpStaffApi(
        HttpClient.newBuilder()
            .connectTimeout(HttpAuthApi.CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build());
  }

  @Override
  public ApiResult<List<ClinicPractitioner>> practitioners(Session session) {
    return call(session, "staff/practitioners", get(), json -> practitionerList((JsonArray) json));
  }

  @Override
  public ApiResult<CalendarSnapshot> calendar(
      Session session, long practitionerId, Instant from, Instant to) {
    String path =
        "staff/practitioners/"
            + practitionerId
            + "/calendar?from="
            + URLEncoder.encode(from.toString(), StandardCharsets.UTF_8)
            + "&to="
            + URLEncoder.encode(to.toString(), StandardCharsets.UTF_8);
    return call(session, path, get(), json -> snapshot((JsonObject) json));
  }

  @Override
  public ApiResult<Long> addException(
      Session session, long practitionerId, ExceptionRequest exception) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("kind", exception.kind())
            .add("start", exception.start().toString())
            .add("end", exception.end().toString())
            .add("reason", exception.reason());
    exception.locationId().ifPresent(id -> body.add("locationId", id));
    return call(
        session,
        "staff/practitioners/" + practitionerId + "/exceptions",
        post(body.build()),
        json -> ((JsonObject) json).getJsonNumber("id").longValue());
  }

  @Override
  public ApiResult<Boolean> removeException(
      Session session, long practitionerId, long exceptionId) {
    return call(
        session,
        "staff/practitioners/" + practitionerId + "/exceptions/" + exceptionId,
        b -> b.DELETE(),
        json -> Boolean.TRUE);
  }

  @Override
  public ApiResult<Boolean> replaceTemplate(
      Session session, long practitionerId, List<CalendarSnapshot.Opening> ranges) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (CalendarSnapshot.Opening o : ranges) {
      JsonObjectBuilder range =
          Json.createObjectBuilder()
              .add("locationId", o.locationId())
              .add("day", o.day().name())
              .add("start", o.start().toString())
              .add("end", o.end().toString())
              .add("everyWeeks", o.everyWeeks());
      o.validFrom().ifPresent(d -> range.add("validFrom", d.toString()));
      o.validUntil().ifPresent(d -> range.add("validUntil", d.toString()));
      o.anchorWeek().ifPresent(d -> range.add("anchorWeek", d.toString()));
      array.add(range);
    }
    JsonObject body = Json.createObjectBuilder().add("ranges", array).build();
    return call(
        session,
        "staff/practitioners/" + practitionerId + "/templates",
        b ->
            b.header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())),
        json -> Boolean.TRUE);
  }

  @Override
  public ApiResult<CalendarSnapshot.Appointment> cancelAppointment(
      Session session, long appointmentId, String reason) {
    JsonObject body = Json.createObjectBuilder().add("reason", reason).build();
    return call(
        session,
        "staff/appointments/" + appointmentId + "/cancel",
        post(body),
        json -> appointment((JsonObject) json));
  }

  private static Function<HttpRequest.Builder, HttpRequest.Builder> get() {
    return HttpRequest.Builder::GET;
  }

  private static Function<HttpRequest.Builder, HttpRequest.Builder> post(JsonObject body) {
    return b ->
        b.header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
  }

  private <T> ApiResult<T> call(
      Session session,
      String path,
      Function<HttpRequest.Builder, HttpRequest.Builder> method,
      Function<JsonStructure, T> read) {
    HttpRequest request;
    try {
      request =
          method
              .apply(
                  HttpRequest.newBuilder(ApiPaths.resolve(session.apiBase(), path))
                      .timeout(HttpAuthApi.REQUEST_TIMEOUT)
                      .header("Accept", "application/json")
                      .header("Authorization", "Bearer " + session.accessToken()))
              .build();
    } catch (IllegalArgumentException e) {
      return new ApiResult.Refused<>(0, "Invalid API URL");
    }
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      return new ApiResult.Unreachable<>(String.valueOf(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new ApiResult.Unreachable<>("interrupted");
    }
    int status = response.statusCode();
    if (status == 401) {
      return new ApiResult.Unauthorized<>();
    }
    if (status >= 300) {
      return new ApiResult.Refused<>(status, ProblemText.of(status, response.body()));
    }
    try {
      JsonStructure json =
          response.body().isBlank() ? JsonValue.EMPTY_JSON_OBJECT : parse(response.body());
      return new ApiResult.Ok<>(read.apply(json));
    } catch (RuntimeException e) {
      // a body of the wrong shape: malformed JSON, a missing field, an unknown zone or day
      return new ApiResult.Refused<>(status, "Unexpected answer from the server");
    }
  }

  private static JsonStructure parse(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.read();
    }
  }

  static List<ClinicPractitioner> practitionerList(JsonArray array) {
    List<ClinicPractitioner> all = new ArrayList<>();
    for (JsonObject p : array.getValuesAs(JsonObject.class)) {
      List<ClinicPractitioner.Location> locations = new ArrayList<>();
      for (JsonObject l : p.getJsonArray("locations").getValuesAs(JsonObject.class)) {
        locations.add(
            new ClinicPractitioner.Location(
                l.getJsonNumber("id").longValue(),
                l.getString("name"),
                l.getString("city", ""),
                ZoneId.of(l.getString("timeZone"))));
      }
      List<ClinicPractitioner.Motive> motives = new ArrayList<>();
      for (JsonObject m : p.getJsonArray("motives").getValuesAs(JsonObject.class)) {
        motives.add(
            new ClinicPractitioner.Motive(
                m.getJsonNumber("id").longValue(),
                m.getString("name"),
                m.getInt("durationMinutes")));
      }
      JsonObject specialty = p.getJsonObject("specialty");
      all.add(
          new ClinicPractitioner(
              p.getJsonNumber("id").longValue(),
              p.getString("name"),
              specialty == null ? "" : specialty.getString("name", ""),
              locations,
              motives));
    }
    return all;
  }

  static CalendarSnapshot snapshot(JsonObject o) {
    List<CalendarSnapshot.Appointment> appointments = new ArrayList<>();
    for (JsonObject a : o.getJsonArray("appointments").getValuesAs(JsonObject.class)) {
      appointments.add(appointment(a));
    }
    List<CalendarSnapshot.CalendarException> exceptions = new ArrayList<>();
    for (JsonObject e : o.getJsonArray("exceptions").getValuesAs(JsonObject.class)) {
      JsonValue location = e.get("locationId");
      exceptions.add(
          new CalendarSnapshot.CalendarException(
              e.getJsonNumber("id").longValue(),
              e.getString("kind"),
              instant(e.getString("start")),
              instant(e.getString("end")),
              location == null || location.getValueType() == JsonValue.ValueType.NULL
                  ? OptionalLong.empty()
                  : OptionalLong.of(e.getJsonNumber("locationId").longValue()),
              e.getString("reason", "")));
    }
    List<CalendarSnapshot.Opening> template = new ArrayList<>();
    for (JsonObject t : o.getJsonArray("template").getValuesAs(JsonObject.class)) {
      template.add(
          new CalendarSnapshot.Opening(
              t.getJsonNumber("locationId").longValue(),
              DayOfWeek.valueOf(t.getString("day")),
              LocalTime.parse(t.getString("start")),
              LocalTime.parse(t.getString("end")),
              optionalDate(t, "validFrom"),
              optionalDate(t, "validUntil"),
              t.getInt("everyWeeks", 1),
              optionalDate(t, "anchorWeek")));
    }
    List<CalendarSnapshot.Holiday> holidays = new ArrayList<>();
    for (JsonObject h : o.getJsonArray("holidays").getValuesAs(JsonObject.class)) {
      holidays.add(
          new CalendarSnapshot.Holiday(
              h.getJsonNumber("locationId").longValue(),
              LocalDate.parse(h.getString("date")),
              h.getString("name")));
    }
    List<CalendarSnapshot.FreeSlot> free = new ArrayList<>();
    for (JsonObject f : o.getJsonArray("freeSlots").getValuesAs(JsonObject.class)) {
      long locationId = f.getJsonNumber("locationId").longValue();
      long motiveId = f.getJsonNumber("motiveId").longValue();
      for (JsonObject s : f.getJsonArray("slots").getValuesAs(JsonObject.class)) {
        free.add(
            new CalendarSnapshot.FreeSlot(
                locationId, motiveId, instant(s.getString("start")), instant(s.getString("end"))));
      }
    }
    return new CalendarSnapshot(appointments, exceptions, template, holidays, free);
  }

  static CalendarSnapshot.Appointment appointment(JsonObject a) {
    return new CalendarSnapshot.Appointment(
        a.getJsonNumber("id").longValue(),
        a.getJsonNumber("locationId").longValue(),
        a.getJsonNumber("motiveId").longValue(),
        a.getString("status"),
        instant(a.getString("start")),
        instant(a.getString("end")));
  }

  /** The API writes {@code Z}; the contract allows any offset. */
  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeException e) {
      return OffsetDateTime.parse(text).toInstant();
    }
  }

  private static Optional<LocalDate> optionalDate(JsonObject o, String name) {
    JsonValue v = o.get(name);
    return v == null || v.getValueType() == JsonValue.ValueType.NULL
        ? Optional.empty()
        : Optional.of(LocalDate.parse(o.getString(name)));
  }
}
