package com.medislot.console.countries;

import com.medislot.console.api.ApiPaths;
import com.medislot.console.session.Session;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** {@link CountriesApi} over {@link HttpClient}. Thread-safe. */
public final class HttpCountriesApi implements CountriesApi {

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

  /** An apply may refresh many practitioners' slots before it answers. */
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

  private final HttpClient client;

  public HttpCountriesApi(HttpClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /** A client that never follows redirects (the token must not travel elsewhere), HTTP/1.1. */
  public static HttpCountriesApi create() {
    return new HttpCountriesApi(
        HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build());
  }

  @Override
  public ApiResult<List<LiveCountry>> liveCountries(Session session) {
    HttpRequest request =
        authorized(session, ApiPaths.resolve(session.apiBase(), "admin/countries")).GET().build();
    return send(request, HttpCountriesApi::countries);
  }

  @Override
  public ApiResult<ImportReport> importFile(
      Session session, String fileName, byte[] content, boolean dryRun) {
    URI uri =
        ApiPaths.resolve(
            session.apiBase(),
            "admin/countries/import?dryRun="
                + dryRun
                + "&file="
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8));
    HttpRequest request =
        authorized(session, uri)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(content))
            .build();
    return send(request, HttpCountriesApi::report);
  }

  private static HttpRequest.Builder authorized(Session session, URI uri) {
    return HttpRequest.newBuilder(uri)
        .timeout(REQUEST_TIMEOUT)
        .header("Accept", "application/json, application/problem+json")
        .header("Authorization", "Bearer " + session.accessToken());
  }

  private <T> ApiResult<T> send(HttpRequest request, Function<JsonObject, T> read) {
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      return new ApiResult.Unreachable<>(String.valueOf(e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new ApiResult.Failed<>("Interrupted");
    }
    int status = response.statusCode();
    try {
      if (status == 200) {
        return new ApiResult.Ok<>(read.apply(object(response.body())));
      }
      if (status == 401) {
        return new ApiResult.SessionExpired<>();
      }
      if (status >= 400 && status < 500) {
        return refused(status, response.body());
      }
    } catch (JsonException | ClassCastException | NullPointerException e) {
      return new ApiResult.Failed<>("Unexpected answer from the server (HTTP " + status + ")");
    }
    return new ApiResult.Failed<>("Server error (HTTP " + status + ")");
  }

  private static <T> ApiResult<T> refused(int status, String body) {
    JsonObject problem;
    try {
      problem = object(body);
    } catch (JsonException | ClassCastException e) {
      return new ApiResult.Refused<>(status, "HTTP " + status, List.of());
    }
    String detail = problem.getString("detail", problem.getString("title", "HTTP " + status));
    List<FileError> errors = new ArrayList<>();
    if (problem.get("errors") instanceof JsonArray array) {
      for (JsonValue value : array) {
        if (value instanceof JsonObject e) {
          errors.add(
              new FileError(
                  e.getString("file", ""),
                  e.getInt("line", 0),
                  e.getString("field", ""),
                  e.getString("message", "")));
        }
      }
    }
    return new ApiResult.Refused<>(status, detail, errors);
  }

  private static JsonObject object(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  static List<LiveCountry> countries(JsonObject body) {
    return body.getJsonArray("countries").getValuesAs(JsonObject.class).stream()
        .map(
            c ->
                new LiveCountry(
                    c.getString("code"),
                    c.getString("name"),
                    c.getString("defaultZone"),
                    c.getString("currency", "?"),
                    c.getString("importedAt")))
        .toList();
  }

  static ImportReport report(JsonObject r) {
    List<String> changes =
        r.getJsonArray("changes").getValuesAs(JsonObject.class).stream()
            .map(
                c ->
                    c.getString("field")
                        + ": "
                        + c.getString("before", "(none)")
                        + " → "
                        + c.getString("after", "(none)"))
            .toList();
    return new ImportReport(
        r.getString("code"),
        r.getString("name"),
        r.getString("outcome"),
        r.getBoolean("applied"),
        r.getString("message"),
        changes,
        days(r.getJsonArray("holidaysAdded")),
        days(r.getJsonArray("holidaysRemoved")),
        r.getInt("practitionersRefreshed", 0));
  }

  private static List<String> days(JsonArray days) {
    return days.getValuesAs(JsonObject.class).stream()
        .map(d -> d.getString("date") + " " + d.getString("name"))
        .toList();
  }
}
