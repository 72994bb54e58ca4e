package com.medislot.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the staff console needs beyond the calendar: the clinic's practitioners and cancelling an
 * appointment with a reason. Staff accounts of the chosen practitioners' clinics are created here
 * (a registered account promoted in the database), so these tests touch no clinic-1 calendar.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffAppointmentsIT {

  private static final String PASSWORD = "correct horse battery";
  private static final Duration EVENT_WAIT = Duration.ofSeconds(5);

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.rootWar();
  }

  @Test
  void staffListTheirClinicsPractitionersWithLocationsAndMotives() throws Exception {
    Target target = Target.pick(50);
    long clinic = clinicOf(target.practitionerId());
    String staff = newStaff(clinic);

    Api.Answer answer = Api.get("staff/practitioners", Optional.of(staff));

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonArray listed = (JsonArray) answer.anyJson();
    Set<Long> ids = new HashSet<>();
    for (JsonObject p : listed.getValuesAs(JsonObject.class)) {
      ids.add(p.getJsonNumber("id").longValue());
      assertThat(p.getString("name")).isNotBlank();
      assertThat(p.getJsonArray("locations")).isNotEmpty();
      for (JsonObject l : p.getJsonArray("locations").getValuesAs(JsonObject.class)) {
        assertThat(l.getString("timeZone")).isEqualTo("Europe/Paris");
      }
    }
    assertThat(ids).isEqualTo(practitionersOf(clinic));
    JsonObject chosen =
        listed.getValuesAs(JsonObject.class).stream()
            .filter(p -> p.getJsonNumber("id").longValue() == target.practitionerId())
            .findFirst()
            .orElseThrow();
    assertThat(chosen.getJsonArray("motives").getValuesAs(JsonObject.class))
        .anyMatch(m -> m.getJsonNumber("id").longValue() == target.motiveId());
    assertThat(
            chosen.getJsonArray("locations").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getJsonNumber("id").longValue()))
        .contains(target.locationId());
  }

  @Test
  void staffCancelTheirClinicsAppointmentsWithAReasonAtAnyTime() throws Exception {
    Target target = Target.pick(51);
    long clinic = clinicOf(target.practitionerId());
    String staff = newStaff(clinic);
    String patientEmail = newAccountEmail();
    String patient = Api.token(patientEmail, PASSWORD);
    String slot = target.slots().get(2);
    Api.Answer booked = Api.book(patient, target.bookingBody(slot), "staff-cancel");
    assertThat(booked.status()).as(booked.body()).isEqualTo(201);
    long id = booked.json().getJsonNumber("id").longValue();

    // another clinic's staff: the appointment does not exist for them
    String demoStaff = Api.token("staff@demo.medislot.test", "staff-demo");
    Api.Answer foreign = cancel(id, "{\"reason\":\"not yours\"}", demoStaff);
    assertThat(clinic)
        .as("the chosen practitioner is outside the demo staff's clinic")
        .isNotEqualTo(1);
    assertThat(foreign.status()).as(foreign.body()).isEqualTo(404);
    assertThat(foreign.isProblem()).isTrue();
    // no reason: refused, nothing changes
    Api.Answer blank = cancel(id, "{\"reason\":\"  \"}", staff);
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.body()).contains("\"field\":\"reason\"");
    assertThat(status(patient, id)).isEqualTo("CONFIRMED");

    try (EventTap tap = new EventTap()) {
      Api.Answer first = cancel(id, "{\"reason\":\"Dr is ill today\"}", staff);
      assertThat(first.status()).as(first.body()).isEqualTo(200);
      assertThat(first.json().getString("status")).isEqualTo("CANCELLED");
      assertThat(first.json().getString("cancelledBy")).isEqualTo("staff");
      assertThat(first.json().getString("cancelReason")).isEqualTo("Dr is ill today");
      Api.Answer again = cancel(id, "{\"reason\":\"second click\"}", staff);
      assertThat(again.status()).isEqualTo(200);
      assertThat(again.body()).isEqualTo(first.body());

      List<String> cancelled =
          tap.drain(EVENT_WAIT).stream()
              .filter(e -> e.contains("\"AppointmentCancelled\""))
              .filter(e -> e.contains("\"appointmentId\":" + id + ","))
              .toList();
      assertThat(cancelled).hasSize(1);
      JsonObject data =
          Json.createReader(new java.io.StringReader(cancelled.get(0)))
              .readObject()
              .getJsonObject("data");
      assertThat(data.getString("cancelledBy")).isEqualTo("staff");
      assertThat(data.getString("reason")).isEqualTo("Dr is ill today");
    }
    assertThat(status(patient, id)).isEqualTo("CANCELLED");
    awaitSlotOffered(target, slot);

    // half an hour before the start the patient may no longer cancel; the clinic still may
    Instant soon = Instant.now().plus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.MINUTES);
    long late = insertAppointment(target, accountId(patientEmail), soon, Duration.ofMinutes(7));
    Api.Answer byPatient =
        Api.post("appointments/" + late + "/cancel", "", Optional.of(patient), Map.of());
    assertThat(byPatient.status()).as(byPatient.body()).isEqualTo(422);
    Api.Answer byStaff = cancel(late, "{\"reason\":\"Emergency at the practice\"}", staff);
    assertThat(byStaff.status()).as(byStaff.body()).isEqualTo(200);
    assertThat(status(patient, late)).isEqualTo("CANCELLED");
  }

  /** A bad request, what must come back, and the field the problem must name. */
  private record BadCase(String path, String contentType, String body, int status, String field) {}

  @Test
  void badStaffRequestsAreProblemsAndChangeNothing() throws Exception {
    Target target = Target.pick(52);
    String staff = newStaff(clinicOf(target.practitionerId()));
    String patient = Api.newPatientToken();
    Api.Answer booked = Api.book(patient, target.bookingBody(target.slots().get(1)), "bad");
    assertThat(booked.status()).as(booked.body()).isEqualTo(201);
    long id = booked.json().getJsonNumber("id").longValue();
    String cancel = "staff/appointments/" + id + "/cancel";
    String json = "application/json";
    List<BadCase> cases =
        List.of(
            new BadCase("staff/appointments/abc/cancel", json, "{\"reason\":\"x\"}", 400, "id"),
            new BadCase("staff/appointments/-1/cancel", json, "{\"reason\":\"x\"}", 400, "id"),
            new BadCase(
                "staff/appointments/999999999/cancel", json, "{\"reason\":\"x\"}", 404, null),
            new BadCase(cancel, json, "{}", 400, "reason"),
            new BadCase(cancel, json, "{\"reason\":null}", 400, "reason"),
            new BadCase(cancel, json, "{\"reason\":\"" + "x".repeat(501) + "\"}", 400, "reason"),
            new BadCase(cancel, json, "{\"reason\":\"bell\\u0007\"}", 400, "reason"),
            new BadCase(cancel, json, "{not json", 400, null),
            new BadCase(cancel, json, "", 400, null),
            new BadCase(cancel, "text/plain", "ill", 415, null));
    for (BadCase c : cases) {
      Api.Answer answer =
          Api.send(
              HttpRequest.newBuilder(Api.BASE.resolve(c.path()))
                  .header("Content-Type", c.contentType())
                  .POST(HttpRequest.BodyPublishers.ofString(c.body())),
              Optional.of(staff));
      assertThat(answer.status()).as(c + " -> " + answer.body()).isEqualTo(c.status());
      assertThat(answer.isProblem()).as(c + " content type " + answer.contentType()).isTrue();
      assertThat(answer.body()).as(c.toString()).doesNotContain("Exception");
      if (c.field() != null) {
        assertThat(answer.body()).as(c.toString()).contains("\"field\":\"" + c.field() + "\"");
      }
    }
    Api.Answer asPatient = cancel(id, "{\"reason\":\"x\"}", patient);
    assertThat(asPatient.status()).isEqualTo(403);
    assertThat(asPatient.isProblem()).isTrue();
    Api.Answer anonymous = Api.post(cancel, "{\"reason\":\"x\"}", Optional.empty(), Map.of());
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(Api.get("staff/practitioners", Optional.of(patient)).status()).isEqualTo(403);
    assertThat(Api.get("staff/practitioners", Optional.empty()).status()).isEqualTo(401);

    assertThat(status(patient, id)).isEqualTo("CONFIRMED");
  }

  private static Api.Answer cancel(long id, String body, String token) {
    return Api.post("staff/appointments/" + id + "/cancel", body, Optional.of(token), Map.of());
  }

  private static String status(String patient, long id) {
    Api.Answer a = Api.get("appointments/" + id, Optional.of(patient));
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    return a.json().getString("status");
  }

  private static void awaitSlotOffered(Target target, String slot) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!target.currentSlots().contains(slot)) {
      assertThat(System.nanoTime()).as("slot offered again").isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  /** Registers an account and returns its email. */
  private static String newAccountEmail() {
    String email = "staff-it-" + UUID.randomUUID() + "@example.org";
    String body =
        Json.createObjectBuilder()
            .add("email", email)
            .add("password", PASSWORD)
            .add("firstName", "Test")
            .add("lastName", "Staff")
            .add("birthDate", "1980-01-01")
            .build()
            .toString();
    Api.Answer created = Api.post("auth/patients", body, Optional.empty(), Map.of());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return email;
  }

  /** A token of a new staff member of this clinic. */
  private static String newStaff(long clinic) throws SQLException {
    String email = newAccountEmail();
    try (Connection c = database();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE account SET role = 'staff', clinic_id = ? WHERE lower(email) = lower(?)")) {
      ps.setLong(1, clinic);
      ps.setString(2, email);
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
    return Api.token(email, PASSWORD);
  }

  private static long clinicOf(long practitionerId) throws SQLException {
    return single("SELECT clinic_id FROM practitioner WHERE id = ?", practitionerId);
  }

  private static long accountId(String email) throws SQLException {
    try (Connection c = database();
        PreparedStatement ps =
            c.prepareStatement("SELECT id FROM account WHERE lower(email) = lower(?)")) {
      ps.setString(1, email);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return rs.getLong(1);
      }
    }
  }

  private static Set<Long> practitionersOf(long clinic) throws SQLException {
    Set<Long> ids = new HashSet<>();
    try (Connection c = database();
        PreparedStatement ps =
            c.prepareStatement("SELECT id FROM practitioner WHERE clinic_id = ?")) {
      ps.setLong(1, clinic);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
    }
    return ids;
  }

  private static long single(String sql, long parameter) throws SQLException {
    try (Connection c = database();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, parameter);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return rs.getLong(1);
      }
    }
  }

  /** An appointment written directly, at a time no booking through the API could take. */
  private static long insertAppointment(
      Target target, long patientId, Instant start, Duration length) throws SQLException {
    try (Connection c = database();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO appointment (practitioner_id, location_id, motive_id, patient_id,"
                    + " status, start_at, end_at, created_at)"
                    + " VALUES (?, ?, ?, ?, 'CONFIRMED', ?, ?, now()) RETURNING id")) {
      ps.setLong(1, target.practitionerId());
      ps.setLong(2, target.locationId());
      ps.setLong(3, target.motiveId());
      ps.setLong(4, patientId);
      ps.setObject(5, OffsetDateTime.ofInstant(start, ZoneOffset.UTC));
      ps.setObject(6, OffsetDateTime.ofInstant(start.plus(length), ZoneOffset.UTC));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static Connection database() throws SQLException {
    var db = TestStack.database();
    return DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
  }
}
