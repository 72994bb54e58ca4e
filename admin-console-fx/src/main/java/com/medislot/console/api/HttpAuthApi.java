package com.medislot.console.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;

/** {@link AuthApi} over {@link HttpClient}. Thread-safe. */
public final class HttpAuthApi implements AuthApi {

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);

  private final HttpClient client;

  public HttpAuthApi(HttpClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /**
   * A client that never follows redirects (credentials must not travel to another address) and
   * speaks HTTP/1.1, which every server and proxy in front of the API understands.
   */
  public static HttpAuthApi create() {
    return new HttpAuthApi(
        HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build());
  }

  @Override
  public SignInOutcome signIn(URI apiBase, String email, String password) {
    String body =
        Json.createObjectBuilder().add("email", email).add("password", password).build().toString();
    HttpRequest request;
    try {
      request =
          HttpRequest.newBuilder(ApiPaths.resolve(apiBase, "auth/token"))
              .timeout(REQUEST_TIMEOUT)
              .header("Content-Type", "application/json")
              .header("Accept", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
    } catch (IllegalArgumentException e) {
      return new SignInOutcome.Failed("Invalid API URL");
    }
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      return new SignInOutcome.Unreachable(String.valueOf(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new SignInOutcome.Failed("Sign-in interrupted");
    }
    return outcome(response);
  }

  private static SignInOutcome outcome(HttpResponse<String> response) {
    switch (response.statusCode()) {
      case 200:
        return token(response.body());
      case 401:
        return new SignInOutcome.Rejected();
      default:
        return new SignInOutcome.Failed("Server error (HTTP " + response.statusCode() + ")");
    }
  }

  private static SignInOutcome token(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      JsonValue value = reader.readValue();
      if (value instanceof JsonObject object
          && object.get("access_token") instanceof JsonString token
          && !token.getString().isBlank()) {
        return new SignInOutcome.SignedIn(token.getString());
      }
    } catch (JsonException e) {
      // an unreadable body is reported like a readable one without a token
    }
    return new SignInOutcome.Failed("Unexpected answer from the server");
  }
}
