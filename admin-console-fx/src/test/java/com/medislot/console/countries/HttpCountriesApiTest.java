package com.medislot.console.countries;

import static org.assertj.core.api.Assertions.assertThat;

import com.medislot.console.StubApiServer;
import com.medislot.console.session.Session;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Maps each kind of HTTP answer to the result the screens act on. */
class HttpCountriesApiTest {

  private HttpServer server;
  private volatile int status;
  private volatile String body;
  private final AtomicReference<String> lastRequest = new AtomicReference<>();
  private final HttpCountriesApi api = HttpCountriesApi.create();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/api/v1/",
        exchange -> {
          try (exchange;
              InputStream in = exchange.getRequestBody()) {
            lastRequest.set(
                exchange.getRequestMethod()
                    + " "
                    + exchange.getRequestURI()
                    + " "
                    + exchange.getRequestHeaders().getFirst("Authorization")
                    + " "
                    + new String(in.readAllBytes(), StandardCharsets.UTF_8));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(bytes);
            }
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private Session session() {
    return new Session(
        URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1"),
        "ca@x.test",
        "the-token",
        List.of("country-admin"));
  }

  private void answer(int status, String body) {
    this.status = status;
    this.body = body;
  }

  @Test
  void aPreviewIsSentWithTheTokenAndRead() {
    answer(
        200,
        """
        {"code":"FR","name":"France","dryRun":true,"outcome":"CHANGED","applied":false,
         "message":"1 field(s) of FR would change",
         "changes":[{"field":"bookingRules.minimumNotice","before":"PT2H","after":"PT4H"},
                    {"field":"holidays.additions.2026-12-24","after":"Réveillon"}],
         "holidaysAdded":[{"date":"2026-12-24","name":"Réveillon"}],"holidaysRemoved":[],
         "practitionersRefreshed":0}""");
    ApiResult<ImportReport> result =
        api.importFile(session(), "FR 1.json", "{}".getBytes(StandardCharsets.UTF_8), true);
    assertThat(lastRequest.get())
        .isEqualTo(
            "POST /api/v1/admin/countries/import?dryRun=true&file=FR+1.json Bearer the-token {}");
    assertThat(result).isInstanceOf(ApiResult.Ok.class);
    ImportReport report = ((ApiResult.Ok<ImportReport>) result).value();
    assertThat(report.changes())
        .containsExactly(
            "bookingRules.minimumNotice: PT2H → PT4H",
            "holidays.additions.2026-12-24: (none) → Réveillon");
    assertThat(report.holidaysAdded()).containsExactly("2026-12-24 Réveillon");
  }

  @Test
  void fileErrorsOfAProblemAreKept() {
    answer(
        422,
        """
        {"type":"urn:medislot:problem:invalid-country-file","status":422,
         "detail":"The country file has 1 error(s)",
         "errors":[{"file":"FR.json","line":17,"field":"bookingRules.minimumNotice","message":"bad"}]}""");
    ApiResult<ImportReport> result = api.importFile(session(), "FR.json", new byte[] {1}, false);
    assertThat(result)
        .isEqualTo(
            new ApiResult.Refused<>(
                422,
                "The country file has 1 error(s)",
                List.of(new FileError("FR.json", 17, "bookingRules.minimumNotice", "bad"))));
  }

  @Test
  void eachFailureHasItsKind() throws IOException {
    answer(401, "{\"status\":401}");
    assertThat(api.liveCountries(session())).isInstanceOf(ApiResult.SessionExpired.class);
    answer(403, "{\"status\":403,\"title\":\"Forbidden\"}");
    assertThat(api.liveCountries(session()))
        .isEqualTo(new ApiResult.Refused<>(403, "Forbidden", List.of()));
    answer(500, "{\"status\":500}");
    assertThat(api.liveCountries(session())).isInstanceOf(ApiResult.Failed.class);
    answer(200, "not json");
    assertThat(api.liveCountries(session())).isInstanceOf(ApiResult.Failed.class);

    Session nowhere =
        new Session(
            URI.create("http://127.0.0.1:" + StubApiServer.closedPort() + "/api/v1"),
            "ca@x.test",
            "t",
            List.of());
    assertThat(api.liveCountries(nowhere)).isInstanceOf(ApiResult.Unreachable.class);
  }

  @Test
  void liveCountriesAreRead() {
    answer(
        200,
        """
        {"countries":[{"code":"FR","name":"France","defaultZone":"Europe/Paris",
          "defaultLocale":"fr-FR","importedAt":"2026-11-25T10:00:00Z","sha256":"ab","currency":"EUR"}]}""");
    assertThat(api.liveCountries(session()))
        .isEqualTo(
            new ApiResult.Ok<>(
                List.of(
                    new LiveCountry(
                        "FR", "France", "Europe/Paris", "EUR", "2026-11-25T10:00:00Z"))));
    assertThat(lastRequest.get()).startsWith("GET /api/v1/admin/countries Bearer the-token");
  }
}
