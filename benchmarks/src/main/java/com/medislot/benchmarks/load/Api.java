package com.medislot.benchmarks.load;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The web API as the load generator calls it: HTTP/1.1 with keep-alive, asynchronous. */
final class Api implements AutoCloseable {

  private final URI base;
  private final ExecutorService executor;
  private final HttpClient client;
  private final Duration timeout;

  /**
   * @param base the API root, e.g. {@code http://127.0.0.1:8080/api/v1/}
   * @param threads threads that complete the answers (the client's own work)
   */
  Api(URI base, int threads, Duration timeout) {
    this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
    this.executor = Executors.newFixedThreadPool(threads);
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(executor)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    this.timeout = timeout;
  }

  CompletableFuture<HttpResponse<String>> get(String path, Optional<String> token) {
    HttpRequest.Builder request = request(path, token).GET();
    return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  CompletableFuture<HttpResponse<String>> post(
      String path, Optional<String> token, Optional<String> idempotencyKey, String json) {
    HttpRequest.Builder request =
        request(path, token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    idempotencyKey.ifPresent(k -> request.header("Idempotency-Key", k));
    return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A blocking GET, for the closed-loop capacity run. */
  HttpResponse<String> getNow(String path) throws Exception {
    return client.send(
        request(path, Optional.empty()).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonObject json(HttpResponse<String> answer) {
    try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
      return reader.readObject();
    }
  }

  private HttpRequest.Builder request(String path, Optional<String> token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout);
    token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
    return request;
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
