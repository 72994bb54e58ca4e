package com.medislot.booking.notification;

import com.medislot.booking.infrastructure.Jsons;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * An SMS gateway reached over HTTP: {@code POST} of {@code {"to": "+33…", "text": "…"}} as JSON to
 * the configured endpoint, with {@code Authorization: Bearer <token>} when a token is set. Any 2xx
 * answer means accepted.
 */
public final class HttpSmsGateway implements SmsGateway {

  private final SmsSettings settings;
  private final HttpClient client;

  public HttpSmsGateway(SmsSettings settings) {
    this.settings = settings;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(settings.timeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public void send(String e164, String text) throws DeliveryException {
    String body = Jsons.createObjectBuilder().add("to", e164).add("text", text).build().toString();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(settings.endpoint())
            .timeout(settings.timeout())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    settings.token().ifPresent(t -> request.header("Authorization", "Bearer " + t));
    HttpResponse<String> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new DeliveryException("SMS gateway unreachable: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryException("interrupted while sending an SMS", e);
    }
    if (response.statusCode() / 100 != 2) {
      throw new DeliveryException("SMS gateway answered " + response.statusCode());
    }
  }
}
