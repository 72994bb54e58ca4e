package com.medislot.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** A small HTTP client for the API under test, always on loopback. */
final class Api {

  static final URI ROOT = URI.create("http://127.0.0.1:" + Integer.getInteger("it.http.port"));
  static final URI BASE = ROOT.resolve("/api/v1/");
  private static final AtomicInteger PATIENTS = new AtomicInteger();

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private Api() {}

  /** An answer: status, content type and body text. */
  record Answer(int status, String contentType, String body) {
    JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }

    JsonStructure anyJson() {
      return Json.createReader(new StringReader(body)).read();
    }

    boolean isProblem() {
      return contentType.startsWith("application/problem+json");
    }
  }

  /**
   * One server of the application under test: the suite's ({@link #SUITE}, the one Arquillian
   * starts) or a node a test starts itself.
   *
   * @param root {@code http://127.0.0.1:port}
   */
  record Server(URI root) {

    URI base() {
      return root.resolve("/api/v1/");
    }

    Answer get(String path, Optional<String> token) {
      return send(HttpRequest.newBuilder(base().resolve(path)).GET(), token);
    }

    Answer post(String path, String body, Optional<String> token, Map<String, String> headers) {
      HttpRequest.Builder b =
          HttpRequest.newBuilder(base().resolve(path))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body));
      headers.forEach(b::header);
      return send(b, token);
    }

    /** {@code POST /appointments} as this patient, with this idempotency key. */
    Answer book(String token, String body, String idempotencyKey) {
      return post(
          "appointments", body, Optional.of(token), Map.of("Idempotency-Key", idempotencyKey));
    }

    Answer delete(String path, String token) {
      return send(HttpRequest.newBuilder(base().resolve(path)).DELETE(), Optional.of(token));
    }

    /** Registers a new patient with a new address and returns a token for it. */
    String newPatientToken() {
      return newPatientToken(
          "it-" + PATIENTS.incrementAndGet() + "-" + UUID.randomUUID() + "@example.org");
    }

    /** Registers a new patient with this address and returns a token for it. */
    String newPatientToken(String email) {
      String body =
          Json.createObjectBuilder()
              .add("email", email)
              .add("password", "correct horse battery")
              .add("firstName", "Test")
              .add("lastName", "Patient")
              .add("birthDate", "1990-04-12")
              .build()
              .toString();
      Answer created = post("auth/patients", body, Optional.empty(), Map.of());
      if (created.status() != 201) {
        throw new AssertionError("registration failed: " + created);
      }
      return token(email, "correct horse battery");
    }

    String token(String email, String password) {
      Answer t =
          post(
              "auth/token",
              Json.createObjectBuilder()
                  .add("email", email)
                  .add("password", password)
                  .build()
                  .toString(),
              Optional.empty(),
              Map.of());
      if (t.status() != 200) {
        throw new AssertionError("token failed: " + t);
      }
      return t.json().getString("access_token");
    }
  }

  /** The suite's server. */
  static final Server SUITE = new Server(ROOT);

  static Answer get(String path, Optional<String> token) {
    return SUITE.get(path, token);
  }

  static Answer getRoot(String path) {
    return send(HttpRequest.newBuilder(ROOT.resolve(path)).GET(), Optional.empty());
  }

  static Answer post(
      String path, String body, Optional<String> token, Map<String, String> headers) {
    return SUITE.post(path, body, token, headers);
  }

  /** {@code POST /appointments} as this patient, with this idempotency key. */
  static Answer book(String token, String body, String idempotencyKey) {
    return SUITE.book(token, body, idempotencyKey);
  }

  static Answer send(HttpRequest.Builder request, Optional<String> token) {
    token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
    request.timeout(Duration.ofSeconds(60));
    try {
      HttpResponse<String> r = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(
          r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String query(Map<String, String> params) {
    return params.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** Registers a new patient and returns a token for it. */
  static String newPatientToken() {
    return SUITE.newPatientToken();
  }

  static String token(String email, String password) {
    return SUITE.token(email, password);
  }

  static String bookingBody(long practitionerId, long locationId, long motiveId, String start) {
    return Json.createObjectBuilder()
        .add("practitionerId", practitionerId)
        .add("locationId", locationId)
        .add("motiveId", motiveId)
        .add("start", start)
        .build()
        .toString();
  }

  static boolean isNull(JsonObject o, String name) {
    return !o.containsKey(name) || o.get(name).getValueType() == JsonValue.ValueType.NULL;
  }
}
