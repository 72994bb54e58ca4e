package com.medislot.console;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** A stand-in for the web API's {@code POST /auth/token} on 127.0.0.1, on a free port. */
public final class StubApiServer implements AutoCloseable {

  public static final String EMAIL = "admin@medislot.test";
  public static final String PASSWORD = "correct horse";

  private final HttpServer server;
  private final List<String> groups;
  private volatile int forcedStatus;
  private volatile String forcedBody;
  private volatile String lastBody = "";
  private volatile String lastContentType = "";
  private volatile String lastMethod = "";

  private StubApiServer(List<String> groups) throws IOException {
    this.groups = List.copyOf(groups);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api/v1/auth/token", this::token);
    server.start();
  }

  public static StubApiServer start(List<String> groups) throws IOException {
    return new StubApiServer(groups);
  }

  public String apiUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1";
  }

  /** Answers every later request with this status and body instead of checking credentials. */
  public void answerWith(int status, String body) {
    forcedStatus = status;
    forcedBody = body;
  }

  public String lastBody() {
    return lastBody;
  }

  public String lastContentType() {
    return lastContentType;
  }

  public String lastMethod() {
    return lastMethod;
  }

  /** A JWT-shaped token (unsigned) whose payload carries the given claims. */
  public static String token(String email, List<String> groups) {
    Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
    String header =
        encoder.encodeToString(
            "{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    JsonObject claims =
        Json.createObjectBuilder()
            .add("upn", email)
            .add("groups", Json.createArrayBuilder(groups))
            .build();
    String payload = encoder.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
    return header + "." + payload + ".c2lnbmF0dXJl";
  }

  /** A loopback port with nothing listening on it. */
  public static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private void token(HttpExchange exchange) throws IOException {
    try (exchange) {
      lastMethod = exchange.getRequestMethod();
      lastContentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
      try (InputStream in = exchange.getRequestBody()) {
        lastBody = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      if (forcedStatus != 0) {
        send(exchange, forcedStatus, forcedBody);
        return;
      }
      if (!"POST".equals(lastMethod)) {
        send(exchange, 405, "{}");
        return;
      }
      JsonObject request;
      try (JsonReader reader = Json.createReader(new StringReader(lastBody))) {
        request = reader.readObject();
      }
      if (EMAIL.equals(request.getString("email", null))
          && PASSWORD.equals(request.getString("password", null))) {
        String body =
            Json.createObjectBuilder()
                .add("access_token", token(EMAIL, groups))
                .add("token_type", "Bearer")
                .add("expires_in", 3600)
                .build()
                .toString();
        send(exchange, 200, body);
      } else {
        send(exchange, 401, "{\"status\":401,\"title\":\"Unauthorized\"}");
      }
    }
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
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
