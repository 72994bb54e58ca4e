package com.medislot.ear;

import static org.assertj.core.api.Assertions.assertThat;

import com.medislot.launcher.AppSettings;
import com.medislot.launcher.EmbeddedBroker;
import com.medislot.launcher.EmbeddedDatabase;
import com.medislot.launcher.LocalPorts;
import com.medislot.launcher.PayaraMicroProcess;
import com.medislot.launcher.Secrets;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The EAR on a real Payara Server 6: a fresh domain on 127.0.0.1 with ports of its own, a fresh
 * embedded PostgreSQL and Artemis broker, the resource adapter deployed first, then the EAR; the
 * API must answer from the database the application migrated itself.
 *
 * <p>The application gets its settings only as environment variables inherited by the server
 * process (MicroProfile Config's mapping: {@code medislot.db.url} is {@code MEDISLOT_DB_URL}), so
 * no password is written into the domain. Everything started here is stopped in the end, also on
 * failure and on a JVM shutdown; a server left by a killed earlier run is killed first.
 */
class EarOnPayaraServerIT {

  private static final String APPLICATION = "medislot";
  private static final int LOG_TAIL_LINES = 120;
  private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration READY_WAIT = Duration.ofSeconds(120);

  private final Path work = Path.of(System.getProperty("ear.it.work")).toAbsolutePath();
  private final Path payaraHome = Path.of(System.getProperty("ear.it.payara.home"));
  private final Path ear = Path.of(System.getProperty("ear.it.ear"));
  private final Path rar = Path.of(System.getProperty("ear.it.rar"));
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(HTTP_TIMEOUT).build();
  private final Timings timings = new Timings();

  private EmbeddedDatabase database;
  private Secrets secrets;
  private EmbeddedBroker broker;
  private PayaraServerDomain domain;

  @Test
  void earDeploysOnPayaraServerAndServesTheApiFromItsDatabase() throws Exception {
    assertThat(ear).as("the EAR built by this module").isRegularFile();
    assertThat(rar).as("the resource adapter").isRegularFile();
    Thread cleanupOnExit = new Thread(this::stopEverything, "ear-smoke-test-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanupOnExit);
    Throwable failure = null;
    try {
      timings.time("prepare", this::prepareFreshStack);
      Asadmin asadmin =
          Asadmin.of(payaraHome, environmentOf(settings()), work.resolve("asadmin.log"));
      domain =
          timings.measure(
              "create-domain",
              () ->
                  PayaraServerDomain.create(asadmin, work.resolve("domains"), DomainPorts.pick()));
      timings.time("start-domain", domain::start);
      timings.time(
          "deploy RAR", () -> domain.deploy(PayaraMicroProcess.RESOURCE_ADAPTER_NAME, rar));
      timings.time("deploy EAR", () -> domain.deploy(APPLICATION, ear));
      timings.time(
          "checks",
          () -> {
            checkApi();
            checkLoopbackOnly();
          });
      timings.time("undeploy", this::undeployBoth);
    } catch (Throwable e) {
      failure = e;
      if (domain != null) {
        System.out.println(
            "[EAR smoke test] last "
                + LOG_TAIL_LINES
                + " lines of server.log:\n"
                + domain.serverLogTail(LOG_TAIL_LINES));
      }
      throw e;
    } finally {
      try {
        timings.time("stop", this::stopEverything);
      } catch (Exception e) {
        if (failure == null) {
          throw e;
        }
        failure.addSuppressed(e);
      } finally {
        Runtime.getRuntime().removeShutdownHook(cleanupOnExit);
        System.out.println("[EAR smoke test] timings:\n" + timings);
      }
    }
  }

  private void checkApi() throws Exception {
    // ready once the search warm-up (its default size, on an empty index) is over
    long deadline = System.nanoTime() + READY_WAIT.toNanos();
    HttpResponse<String> ready = get("/api/v1/health/ready");
    while (ready.statusCode() == 503 && System.nanoTime() < deadline) {
      Thread.sleep(200);
      ready = get("/api/v1/health/ready");
    }
    assertThat(ready.statusCode()).as("readiness: %s", ready.body()).isEqualTo(200);
    JsonObject readiness = json(ready.body()).asJsonObject();
    assertThat(readiness.getString("status")).isEqualTo("UP");
    // not UP for want of checks: the database check and the warm-up's ran
    assertThat(
            readiness.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("name")))
        .containsExactlyInAnyOrder("database", "search-warm-up");

    // a row the application cannot have made up: the EAR reads the database it was configured
    // with through MicroProfile Config, in the schema it migrated at start
    String code = "ear-smoke-" + UUID.randomUUID().toString().substring(0, 8);
    insertSpecialty(code, "EAR smoke test");
    HttpResponse<String> specialties = get("/api/v1/specialties");
    assertThat(specialties.statusCode()).as("specialties: %s", specialties.body()).isEqualTo(200);
    assertThat(specialties.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonValue body = json(specialties.body());
    assertThat(body.getValueType()).isEqualTo(JsonValue.ValueType.ARRAY);
    JsonArray list = body.asJsonArray();
    assertThat(list.getValuesAs(JsonObject.class))
        .anySatisfy(
            s -> {
              assertThat(s.getString("code")).isEqualTo(code);
              assertThat(s.getString("name")).isEqualTo("EAR smoke test");
            });

    // MicroProfile JWT in the EAR: no token, no appointments; a token the application signs with
    // the key named by MEDISLOT_JWT_PRIVATE_KEY_LOCATION verifies with the one named by
    // MP_JWT_VERIFY_PUBLICKEY_LOCATION
    assertThat(get("/api/v1/appointments", Optional.empty()).statusCode())
        .as("appointments without a token")
        .isEqualTo(401);
    String token = patientToken();
    HttpResponse<String> own = get("/api/v1/appointments", Optional.of(token));
    assertThat(own.statusCode()).as("appointments with a token: %s", own.body()).isEqualTo(200);
    assertThat(json(own.body()).asJsonArray()).isEmpty();
    assertThat(get("/api/v1/appointments", Optional.of(token + "x")).statusCode())
        .as("appointments with a forged signature")
        .isEqualTo(401);
  }

  private String patientToken() throws Exception {
    String email = "ear-smoke-" + UUID.randomUUID() + "@example.org";
    String password = "ear-smoke-" + UUID.randomUUID();
    JsonObject registration =
        Json.createObjectBuilder()
            .add("email", email)
            .add("password", password)
            .add("firstName", "Ear")
            .add("lastName", "Smoke")
            .add("birthDate", "1980-02-29")
            .build();
    HttpResponse<String> registered = post("/api/v1/auth/patients", registration);
    assertThat(registered.statusCode()).as("registration: %s", registered.body()).isEqualTo(201);
    JsonObject credentials =
        Json.createObjectBuilder().add("email", email).add("password", password).build();
    HttpResponse<String> issued = post("/api/v1/auth/token", credentials);
    assertThat(issued.statusCode()).as("token: %s", issued.body()).isEqualTo(200);
    return json(issued.body()).asJsonObject().getString("access_token");
  }

  /** Every socket the server listens on, read after the application has opened its own. */
  private void checkLoopbackOnly() {
    List<ListeningSockets.Socket> sockets =
        ListeningSockets.of(domain.process().orElseThrow(() -> new AssertionError("no server")));
    System.out.println("[EAR smoke test] Payara Server listens on: " + sockets);
    DomainPorts ports = domain.ports();
    assertThat(sockets)
        .as("the inspection sees the server's own listeners")
        .extracting(ListeningSockets.Socket::port)
        .contains(ports.http(), ports.https(), ports.admin());
    assertThat(sockets)
        .as("nothing reachable from another machine, no multicast discovery")
        .allMatch(ListeningSockets.Socket::loopbackOnly);
  }

  private void undeployBoth() {
    domain.undeploy(APPLICATION);
    domain.undeploy(PayaraMicroProcess.RESOURCE_ADAPTER_NAME);
    assertThat(domain.listApplications())
        .doesNotContain(APPLICATION)
        .doesNotContain(PayaraMicroProcess.RESOURCE_ADAPTER_NAME);
  }

  /** Fresh database, secrets and broker in a wiped work directory; leftovers stopped first. */
  private void prepareFreshStack() throws IOException {
    PayaraServerDomain.killLeftover(work.resolve("domains"));
    stopLeftoverDatabase();
    wipe(work);
    Files.createDirectories(work);
    // thrown away after the test: its commits need not wait for the disk
    database = EmbeddedDatabase.start(work.resolve("postgres"), LocalPorts.freePort(), false);
    secrets = Secrets.ensure(work.resolve("secrets"));
    broker =
        EmbeddedBroker.start(
            work.resolve("broker"),
            LocalPorts.freePort(),
            secrets.brokerUser(),
            secrets.brokerPassword());
  }

  private AppSettings settings() {
    return AppSettings.builder()
        .database(database)
        .broker(broker)
        .jwt(secrets)
        .dataDir(work.resolve("data"))
        .demoEnabled(false)
        .build();
  }

  /**
   * MicroProfile Config's environment names: every character that is not a letter or a digit
   * becomes {@code _}, then upper case.
   */
  static Map<String, String> environmentOf(AppSettings settings) {
    Map<String, String> environment = new LinkedHashMap<>();
    settings
        .asMap()
        .forEach(
            (name, value) ->
                environment.put(
                    name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT), value));
    return environment;
  }

  /** Stops the server, then the broker and the database; each step runs even if one fails. */
  private synchronized void stopEverything() {
    RuntimeException first = null;
    try {
      if (domain != null) {
        domain.close();
      }
    } catch (RuntimeException e) {
      first = e;
    }
    try {
      if (broker != null) {
        broker.close();
        broker = null;
      }
    } catch (RuntimeException e) {
      first = first == null ? e : first;
    }
    try {
      if (database != null) {
        database.close();
        database = null;
      }
    } catch (RuntimeException e) {
      first = first == null ? e : first;
    }
    if (first != null) {
      throw first;
    }
  }

  /**
   * A PostgreSQL left running on the work directory by a killed run: starting the embedded database
   * on that directory stops the orphan first, closing it stops it for good.
   */
  private void stopLeftoverDatabase() {
    Path dataDir = work.resolve("postgres");
    if (Files.exists(dataDir.resolve("postmaster.pid"))) {
      EmbeddedDatabase.start(dataDir, LocalPorts.freePort(), false).close();
    }
  }

  private void insertSpecialty(String code, String name) throws Exception {
    try (Connection connection =
            DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
        PreparedStatement insert =
            connection.prepareStatement("INSERT INTO specialty (code, name) VALUES (?, ?)")) {
      insert.setString(1, code);
      insert.setString(2, name);
      assertThat(insert.executeUpdate()).isEqualTo(1);
    }
  }

  private HttpResponse<String> get(String path) throws Exception {
    return get(path, Optional.empty());
  }

  private HttpResponse<String> get(String path, Optional<String> bearer) throws Exception {
    HttpRequest.Builder request = request(path).GET();
    bearer.ifPresent(token -> request.header("Authorization", "Bearer " + token));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, JsonObject body) throws Exception {
    HttpRequest request =
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(domain.baseUrl() + path))
        .timeout(HTTP_TIMEOUT)
        .header("Accept", "application/json");
  }

  private static JsonValue json(String text) {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readValue();
    }
  }

  private static void wipe(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
