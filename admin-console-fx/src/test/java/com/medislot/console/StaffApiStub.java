package com.medislot.console;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the web API's sign-in and staff endpoints on 127.0.0.1, on a free port: one clinic
 * with two practitioners in Paris, a weekly template, a few appointments and an absence around a
 * given week, and the French public holidays of late 2026. It keeps changes in memory and computes
 * free slots from the template like the server does (20-minute slots, minus appointments, absences,
 * blocks and holidays), so the console sees its own changes.
 */
public final class StaffApiStub implements AutoCloseable {

  public static final String EMAIL = "staff@demo.medislot.test";
  public static final String PASSWORD = "staff-demo";
  public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  public static final long LOCATION = 11;
  public static final long MOTIVE = 100;

  /** One request as received, for assertions. */
  public record Request(String method, String path, String body) {}

  record Appointment(long id, long practitionerId, Instant start, Instant end) {}

  record ExceptionEntry(
      long id, long practitionerId, String kind, Instant start, Instant end, String reason) {}

  record Opening(long practitionerId, DayOfWeek day, LocalTime start, LocalTime end) {}

  private static final Map<LocalDate, String> HOLIDAYS =
      Map.of(
          LocalDate.of(2026, 11, 1), "Toussaint",
          LocalDate.of(2026, 11, 11), "Armistice 1918",
          LocalDate.of(2026, 12, 25), "Noël");
  private static final Pattern CALENDAR =
      Pattern.compile("/api/v1/staff/practitioners/(\\d+)/calendar");
  private static final Pattern EXCEPTIONS =
      Pattern.compile("/api/v1/staff/practitioners/(\\d+)/exceptions(?:/(\\d+))?");
  private static final Pattern TEMPLATES =
      Pattern.compile("/api/v1/staff/practitioners/(\\d+)/templates");
  private static final Pattern CANCEL = Pattern.compile("/api/v1/staff/appointments/(\\d+)/cancel");

  private final HttpServer server;
  private final String token = StubApiServer.token(EMAIL, List.of("staff"));
  private final AtomicLong ids = new AtomicLong(1000);
  private final List<Appointment> appointments = new CopyOnWriteArrayList<>();
  private final List<ExceptionEntry> exceptions = new CopyOnWriteArrayList<>();
  private final List<Opening> template = new CopyOnWriteArrayList<>();
  private final Map<Long, String> cancelled = new HashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private volatile boolean tokensExpired;

  private StaffApiStub(LocalDate monday) throws IOException {
    seed(monday);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api/v1/", this::handle);
    server.start();
  }

  /** A stub whose appointments and absence fall in the week starting on {@code monday}. */
  public static StaffApiStub start(LocalDate monday) throws IOException {
    return new StaffApiStub(monday);
  }

  public String apiUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1";
  }

  /** From now on every staff call answers 401, as after the token's expiry. */
  public void expireTokens() {
    tokensExpired = true;
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  public synchronized Map<Long, String> cancellations() {
    return Map.copyOf(cancelled);
  }

  /** Adds an appointment as if a patient booked it elsewhere. */
  public long book(long practitionerId, Instant start, Duration length) {
    long id = ids.incrementAndGet();
    appointments.add(new Appointment(id, practitionerId, start, start.plus(length)));
    return id;
  }

  private void seed(LocalDate monday) {
    for (long p : new long[] {1, 2}) {
      for (DayOfWeek day : DayOfWeek.values()) {
        if (day.getValue() <= 5) {
          template.add(new Opening(p, day, LocalTime.of(9, 0), LocalTime.of(12, 0)));
          template.add(new Opening(p, day, LocalTime.of(14, 0), LocalTime.of(18, 0)));
        } else if (day == DayOfWeek.SATURDAY) {
          template.add(new Opening(p, day, LocalTime.of(9, 0), LocalTime.of(12, 0)));
        }
      }
    }
    appointments.add(at(501, monday, 9, 0, 20));
    appointments.add(at(502, monday.plusDays(1), 10, 20, 20));
    appointments.add(at(503, monday.plusDays(1), 15, 0, 40));
    appointments.add(at(504, monday.plusDays(3), 9, 40, 20));
    appointments.add(at(505, monday.plusDays(5), 11, 0, 20));
    exceptions.add(
        new ExceptionEntry(
            601,
            1,
            "ABSENCE",
            monday.plusDays(4).atTime(14, 0).atZone(PARIS).toInstant(),
            monday.plusDays(4).atTime(18, 0).atZone(PARIS).toInstant(),
            "Training"));
  }

  private static Appointment at(long id, LocalDate day, int hour, int minute, int length) {
    Instant start = day.atTime(hour, minute).atZone(PARIS).toInstant();
    return new Appointment(id, 1, start, start.plus(Duration.ofMinutes(length)));
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body;
      try (InputStream in = exchange.getRequestBody()) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      requests.add(new Request(method, path, body));
      if (path.equals("/api/v1/auth/token")) {
        signIn(exchange, body);
        return;
      }
      String auth = exchange.getRequestHeaders().getFirst("Authorization");
      if (tokensExpired || !("Bearer " + token).equals(auth)) {
        send(exchange, 401, problem(401, "Unauthorized", "The token is missing or expired", null));
        return;
      }
      route(exchange, method, path, body);
    }
  }

  private void route(HttpExchange exchange, String method, String path, String body)
      throws IOException {
    Matcher m;
    if (path.equals("/api/v1/staff/practitioners") && method.equals("GET")) {
      send(exchange, 200, practitioners());
    } else if ((m = CALENDAR.matcher(path)).matches() && method.equals("GET")) {
      Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
      send(
          exchange,
          200,
          calendar(
              Long.parseLong(m.group(1)),
              Instant.parse(query.get("from")),
              Instant.parse(query.get("to"))));
    } else if ((m = EXCEPTIONS.matcher(path)).matches()
        && m.group(2) == null
        && method.equals("POST")) {
      addException(exchange, Long.parseLong(m.group(1)), json(body));
    } else if ((m = EXCEPTIONS.matcher(path)).matches()
        && m.group(2) != null
        && method.equals("DELETE")) {
      long id = Long.parseLong(m.group(2));
      boolean removed = exceptions.removeIf(e -> e.id() == id);
      send(
          exchange,
          removed ? 204 : 404,
          removed ? "" : problem(404, "Not Found", "No calendar exception " + id, null));
    } else if ((m = TEMPLATES.matcher(path)).matches() && method.equals("PUT")) {
      replaceTemplate(Long.parseLong(m.group(1)), json(body));
      send(exchange, 204, "");
    } else if ((m = CANCEL.matcher(path)).matches() && method.equals("POST")) {
      cancel(exchange, Long.parseLong(m.group(1)), json(body));
    } else {
      send(exchange, 404, problem(404, "Not Found", "No such resource", null));
    }
  }

  private void signIn(HttpExchange exchange, String body) throws IOException {
    JsonObject request = json(body);
    if (EMAIL.equals(request.getString("email", null))
        && PASSWORD.equals(request.getString("password", null))) {
      tokensExpired = false;
      send(
          exchange,
          200,
          Json.createObjectBuilder()
              .add("access_token", token)
              .add("token_type", "Bearer")
              .add("expires_in", 3600)
              .build()
              .toString());
    } else {
      send(exchange, 401, problem(401, "Unauthorized", "Wrong email or password", null));
    }
  }

  private static String practitioners() {
    JsonObject paris =
        Json.createObjectBuilder()
            .add("id", LOCATION)
            .add("name", "Cabinet Voltaire")
            .add("address", "12 boulevard Voltaire")
            .add("postcode", "75011")
            .add("city", "Paris")
            .add("countryCode", "FR")
            .add("lat", 48.8625)
            .add("lon", 2.3708)
            .add("timeZone", PARIS.getId())
            .build();
    return Json.createArrayBuilder()
        .add(practitioner(1, "Dr Claire Martin", "General practice", paris, "Consultation", 20))
        .add(practitioner(2, "Dr Paul Durand", "Dermatology", paris, "Skin check", 30))
        .build()
        .toString();
  }

  private static JsonObjectBuilder practitioner(
      long id, String name, String specialty, JsonObject location, String motive, int minutes) {
    return Json.createObjectBuilder()
        .add("id", id)
        .add("name", name)
        .add("specialty", Json.createObjectBuilder().add("code", "x").add("name", specialty))
        .add("locations", Json.createArrayBuilder().add(location))
        .add(
            "motives",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("id", MOTIVE + id - 1)
                        .add("name", motive)
                        .add("durationMinutes", minutes)
                        .add("onlineBookable", true)));
  }

  private synchronized String calendar(long practitionerId, Instant from, Instant to) {
    JsonArrayBuilder booked = Json.createArrayBuilder();
    List<Appointment> live = new ArrayList<>();
    for (Appointment a : appointments) {
      if (a.practitionerId() == practitionerId
          && !cancelled.containsKey(a.id())
          && a.start().isBefore(to)
          && a.end().isAfter(from)) {
        live.add(a);
        booked.add(appointmentJson(a, "CONFIRMED"));
      }
    }
    JsonArrayBuilder closed = Json.createArrayBuilder();
    List<ExceptionEntry> mine = new ArrayList<>();
    for (ExceptionEntry e : exceptions) {
      if (e.practitionerId() == practitionerId && e.start().isBefore(to) && e.end().isAfter(from)) {
        mine.add(e);
        closed.add(
            Json.createObjectBuilder()
                .add("id", e.id())
                .add("kind", e.kind())
                .add("start", e.start().toString())
                .add("end", e.end().toString())
                .add("reason", e.reason())
                .add("locationId", LOCATION));
      }
    }
    JsonArrayBuilder templateJson = Json.createArrayBuilder();
    template.stream()
        .filter(o -> o.practitionerId() == practitionerId)
        .forEach(
            o ->
                templateJson.add(
                    Json.createObjectBuilder()
                        .add("id", 1)
                        .add("locationId", LOCATION)
                        .add("day", o.day().name())
                        .add("start", o.start().toString())
                        .add("end", o.end().toString())
                        .add("everyWeeks", 1)));
    JsonArrayBuilder holidays = Json.createArrayBuilder();
    JsonArrayBuilder slots = Json.createArrayBuilder();
    LocalDate last = to.minusNanos(1).atZone(PARIS).toLocalDate();
    for (LocalDate day = from.atZone(PARIS).toLocalDate();
        !day.isAfter(last);
        day = day.plusDays(1)) {
      if (HOLIDAYS.containsKey(day)) {
        holidays.add(
            Json.createObjectBuilder()
                .add("locationId", LOCATION)
                .add("date", day.toString())
                .add("name", HOLIDAYS.get(day)));
        continue;
      }
      for (Opening o : template) {
        if (o.practitionerId() != practitionerId || o.day() != day.getDayOfWeek()) {
          continue;
        }
        for (LocalTime t = o.start(); !t.plusMinutes(20).isAfter(o.end()); t = t.plusMinutes(20)) {
          Instant s = day.atTime(t).atZone(PARIS).toInstant();
          Instant e = s.plus(Duration.ofMinutes(20));
          boolean busy =
              live.stream().anyMatch(a -> a.start().isBefore(e) && a.end().isAfter(s))
                  || mine.stream()
                      .anyMatch(
                          x ->
                              !x.kind().equals("EXTRA_OPENING")
                                  && x.start().isBefore(e)
                                  && x.end().isAfter(s));
          if (!busy && !s.isBefore(from) && !e.isAfter(to)) {
            slots.add(
                Json.createObjectBuilder().add("start", s.toString()).add("end", e.toString()));
          }
        }
      }
    }
    return Json.createObjectBuilder()
        .add("practitionerId", practitionerId)
        .add("appointments", booked)
        .add("template", templateJson)
        .add("holidays", holidays)
        .add("exceptions", closed)
        .add(
            "freeSlots",
            Json.createArrayBuilder()
                .add(
                    Json.createObjectBuilder()
                        .add("locationId", LOCATION)
                        .add("motiveId", MOTIVE + practitionerId - 1)
                        .add("slots", slots)))
        .build()
        .toString();
  }

  private static JsonObject appointmentJson(Appointment a, String status) {
    return Json.createObjectBuilder()
        .add("id", a.id())
        .add("status", status)
        .add("practitionerId", a.practitionerId())
        .add("locationId", LOCATION)
        .add("motiveId", MOTIVE + a.practitionerId() - 1)
        .add("start", a.start().toString())
        .add("end", a.end().toString())
        .build();
  }

  private void addException(HttpExchange exchange, long practitionerId, JsonObject body)
      throws IOException {
    Instant start = Instant.parse(body.getString("start"));
    Instant end = Instant.parse(body.getString("end"));
    if (!start.isBefore(end)) {
      send(exchange, 400, problem(400, "Bad Request", "Invalid input", "end"));
      return;
    }
    long id = ids.incrementAndGet();
    exceptions.add(
        new ExceptionEntry(
            id, practitionerId, body.getString("kind"), start, end, body.getString("reason", "")));
    send(exchange, 201, Json.createObjectBuilder().add("id", id).build().toString());
  }

  private void replaceTemplate(long practitionerId, JsonObject body) {
    template.removeIf(o -> o.practitionerId() == practitionerId);
    for (JsonObject r : body.getJsonArray("ranges").getValuesAs(JsonObject.class)) {
      template.add(
          new Opening(
              practitionerId,
              DayOfWeek.valueOf(r.getString("day")),
              LocalTime.parse(r.getString("start")),
              LocalTime.parse(r.getString("end"))));
    }
  }

  private synchronized void cancel(HttpExchange exchange, long id, JsonObject body)
      throws IOException {
    Appointment a = appointments.stream().filter(x -> x.id() == id).findFirst().orElse(null);
    if (a == null) {
      send(exchange, 404, problem(404, "Not Found", "Appointment " + id + " not found", null));
      return;
    }
    String reason = body.getString("reason", "").strip();
    if (reason.isEmpty()) {
      send(exchange, 400, problem(400, "Bad Request", "Invalid input", "reason"));
      return;
    }
    cancelled.putIfAbsent(id, reason);
    send(exchange, 200, appointmentJson(a, "CANCELLED").toString());
  }

  private static String problem(int status, String title, String detail, String field) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("type", "about:blank")
            .add("title", title)
            .add("status", status)
            .add("detail", detail);
    if (field != null) {
      b.add(
          "errors",
          Json.createArrayBuilder()
              .add(Json.createObjectBuilder().add("field", field).add("message", "is required")));
    }
    return b.build().toString();
  }

  private static JsonObject json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> values = new HashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          values.put(
              pair.substring(0, eq),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return values;
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange
        .getResponseHeaders()
        .set("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
