package com.medislot.console.countries;

import com.medislot.console.StubApiServer;
import com.medislot.country.CountryDefinition;
import com.medislot.country.CountryDiff;
import com.medislot.country.CountryFiles;
import com.medislot.country.ValidationResult;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A stand-in for the sign-in and country administration API on 127.0.0.1: it validates and compares
 * files with the same shared library as the server, and keeps the "live" files in memory.
 */
public final class CountriesStubApi implements AutoCloseable {

  public static final String EMAIL = "country-admin@medislot.test";
  public static final String PASSWORD = "correct horse";

  private final HttpServer server;
  private final Map<String, String> live = new ConcurrentHashMap<>();
  private final Map<String, String> importedAt = new ConcurrentHashMap<>();
  private volatile boolean tokenExpired;
  final List<String> requests = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

  public CountriesStubApi(String franceFile) throws IOException {
    live.put("FR", franceFile);
    importedAt.put("FR", "2026-11-01T08:00:00Z");
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api/v1/auth/token", this::token);
    server.createContext("/api/v1/admin/countries", this::countries);
    server.start();
  }

  public String apiUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1";
  }

  /** Makes another country live, as if imported at that instant. */
  public void putLive(String code, String file, String importedAtInstant) {
    live.put(code, file);
    importedAt.put(code, importedAtInstant);
  }

  String liveFile(String code) {
    return live.get(code);
  }

  /** From now on every administration call answers 401, as with an expired token. */
  void expireTokens() {
    tokenExpired = true;
  }

  private void token(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = read(exchange);
      boolean ok = body.contains("\"" + EMAIL + "\"") && body.contains("\"" + PASSWORD + "\"");
      if (!ok) {
        send(exchange, 401, "application/problem+json", "{\"status\":401}");
        return;
      }
      String token = StubApiServer.token(EMAIL, List.of("country-admin"));
      send(exchange, 200, "application/json", "{\"access_token\":\"" + token + "\"}");
    }
  }

  private void countries(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      String auth = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
      if (tokenExpired || !auth.startsWith("Bearer ")) {
        send(
            exchange,
            401,
            "application/problem+json",
            "{\"status\":401,\"title\":\"Unauthorized\"}");
        return;
      }
      if (path.endsWith("/admin/countries") && "GET".equals(exchange.getRequestMethod())) {
        send(exchange, 200, "application/json", list());
      } else if (path.endsWith("/admin/countries/import")) {
        importFile(exchange, body);
      } else {
        send(exchange, 404, "application/problem+json", "{\"status\":404}");
      }
    }
  }

  private String list() {
    JsonArrayBuilder countries = Json.createArrayBuilder();
    new TreeMap<>(live)
        .forEach(
            (code, text) -> {
              CountryDefinition d =
                  parse(code + ".json", text.getBytes(StandardCharsets.UTF_8))
                      .definition()
                      .orElseThrow();
              countries.add(
                  Json.createObjectBuilder()
                      .add("code", code)
                      .add("name", d.name())
                      .add("defaultZone", d.defaultZone().getId())
                      .add("currency", d.currency().getCurrencyCode())
                      .add("importedAt", importedAt.get(code)));
            });
    return Json.createObjectBuilder().add("countries", countries).build().toString();
  }

  private void importFile(HttpExchange exchange, byte[] body) throws IOException {
    Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
    boolean dryRun = !"false".equals(query.get("dryRun"));
    String file = query.getOrDefault("file", "country.json");
    ValidationResult result = parse(file, body);
    if (!result.isValid()) {
      JsonArrayBuilder errors = Json.createArrayBuilder();
      result
          .errors()
          .forEach(
              e ->
                  errors.add(
                      Json.createObjectBuilder()
                          .add("file", e.file())
                          .add("line", e.line())
                          .add("field", e.field())
                          .add("message", e.message())));
      send(
          exchange,
          result.isMalformed() ? 400 : 422,
          "application/problem+json",
          Json.createObjectBuilder()
              .add("status", result.isMalformed() ? 400 : 422)
              .add("title", "Invalid country file")
              .add("detail", "The country file has " + result.errors().size() + " error(s)")
              .add("errors", errors)
              .build()
              .toString());
      return;
    }
    CountryDefinition incoming = result.definition().orElseThrow();
    if (!incoming.code().equals("FR")) {
      send(
          exchange,
          403,
          "application/problem+json",
          "{\"status\":403,\"title\":\"Forbidden\",\"detail\":\"Not an administrator of "
              + incoming.code()
              + "\"}");
      return;
    }
    Optional<CountryDefinition> before =
        Optional.ofNullable(live.get(incoming.code()))
            .flatMap(
                t ->
                    parse(incoming.code() + ".json", t.getBytes(StandardCharsets.UTF_8))
                        .definition());
    CountryDiff diff = CountryDiff.between(before, incoming, List.of(2026, 2027));
    String outcome = before.isEmpty() ? "CREATED" : diff.isEmpty() ? "UNCHANGED" : "CHANGED";
    boolean applied = !dryRun && !diff.isEmpty();
    if (applied) {
      live.put(incoming.code(), new String(body, StandardCharsets.UTF_8));
      importedAt.put(incoming.code(), "2026-11-25T12:00:00Z");
    }
    JsonArrayBuilder changes = Json.createArrayBuilder();
    diff.changes()
        .forEach(
            c -> {
              JsonObjectBuilder b = Json.createObjectBuilder().add("field", c.field());
              c.before().ifPresent(v -> b.add("before", v));
              c.after().ifPresent(v -> b.add("after", v));
              changes.add(b);
            });
    JsonArrayBuilder added = Json.createArrayBuilder();
    diff.holidaysAdded()
        .forEach(
            (day, name) ->
                added.add(
                    Json.createObjectBuilder().add("date", day.toString()).add("name", name)));
    JsonArrayBuilder removed = Json.createArrayBuilder();
    diff.holidaysRemoved()
        .forEach(
            (day, name) ->
                removed.add(
                    Json.createObjectBuilder().add("date", day.toString()).add("name", name)));
    String message =
        diff.isEmpty()
            ? incoming.code() + " is already live with this content: nothing to change"
            : diff.changes().size()
                + " field(s) of "
                + incoming.code()
                + (dryRun ? " would change" : " changed");
    send(
        exchange,
        200,
        "application/json",
        Json.createObjectBuilder()
            .add("code", incoming.code())
            .add("name", incoming.name())
            .add("dryRun", dryRun)
            .add("outcome", outcome)
            .add("applied", applied)
            .add("message", message)
            .add("changes", changes)
            .add("holidaysAdded", added)
            .add("holidaysRemoved", removed)
            .add("practitionersRefreshed", applied ? 3 : 0)
            .build()
            .toString());
  }

  private static ValidationResult parse(String file, byte[] bytes) {
    return CountryFiles.parse(file, new ByteArrayInputStream(bytes));
  }

  private static Map<String, String> query(String raw) {
    if (raw == null || raw.isEmpty()) {
      return Map.of();
    }
    return java.util.Arrays.stream(raw.split("&"))
        .map(p -> p.split("=", 2))
        .collect(
            Collectors.toMap(
                p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8),
                p -> p.length > 1 ? URLDecoder.decode(p[1], StandardCharsets.UTF_8) : "",
                (a, b) -> b));
  }

  private static String read(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
