package com.medislot.booking.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP gateway against a stub provider: the JDK's HTTP server on a free loopback port. */
class HttpSmsGatewayTest {

  private HttpServer server;
  private final List<String> bodies = new CopyOnWriteArrayList<>();
  private final List<String> authorizations = new CopyOnWriteArrayList<>();
  private final AtomicInteger status = new AtomicInteger(202);

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/sms",
        exchange -> {
          bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          authorizations.add(
              String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
          exchange.sendResponseHeaders(status.get(), -1);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private HttpSmsGateway gateway(Optional<String> token) {
    URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sms");
    return new HttpSmsGateway(new SmsSettings(true, endpoint, token, Duration.ofSeconds(5)));
  }

  @Test
  void postsTheNumberAndTextWithTheToken() throws Exception {
    gateway(Optional.of("s3cret")).send("+33612345678", "Medislot: appointment confirmed");
    assertThat(bodies).hasSize(1);
    JsonObject body = Json.createReader(new StringReader(bodies.get(0))).readObject();
    assertThat(body.getString("to")).isEqualTo("+33612345678");
    assertThat(body.getString("text")).isEqualTo("Medislot: appointment confirmed");
    assertThat(authorizations).containsExactly("Bearer s3cret");
  }

  @Test
  void withoutATokenNoAuthorizationIsSent() throws Exception {
    gateway(Optional.empty()).send("+33612345678", "x");
    assertThat(authorizations).containsExactly("null");
  }

  @Test
  void aRefusalIsADeliveryFailure() {
    status.set(503);
    assertThatThrownBy(() -> gateway(Optional.empty()).send("+33612345678", "x"))
        .isInstanceOf(DeliveryException.class)
        .hasMessageContaining("503");
  }

  @Test
  void anUnreachableGatewayIsADeliveryFailure() {
    server.stop(0);
    assertThatThrownBy(() -> gateway(Optional.empty()).send("+33612345678", "x"))
        .isInstanceOf(DeliveryException.class);
  }
}
