package com.medislot.console.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.medislot.console.StaffApiStub;
import com.medislot.console.StubApiServer;
import com.medislot.console.session.Session;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The staff client against a local HTTP stub of the API: requests sent, answers read. */
class HttpStaffApiTest {

  private static final LocalDate MONDAY = LocalDate.of(2026, 10, 19);
  private static final Instant FROM = Instant.parse("2026-10-18T22:00:00Z");
  private static final Instant TO = Instant.parse("2026-10-25T23:00:00Z");

  private StaffApiStub stub;
  private Session session;
  private final HttpStaffApi api = HttpStaffApi.create();

  @BeforeEach
  void setUp() throws Exception {
    stub = StaffApiStub.start(MONDAY);
    session =
        new Session(
            URI.create(stub.apiUrl()),
            StaffApiStub.EMAIL,
            StubApiServer.token(StaffApiStub.EMAIL, List.of("staff")),
            List.of("staff"));
  }

  @AfterEach
  void tearDown() {
    stub.close();
  }

  @Test
  void readsTheClinicsPractitionersWithTheirLocationsZones() {
    ApiResult<List<ClinicPractitioner>> result = api.practitioners(session);

    assertThat(result).isInstanceOf(ApiResult.Ok.class);
    List<ClinicPractitioner> all = ((ApiResult.Ok<List<ClinicPractitioner>>) result).value();
    assertThat(all)
        .extracting(ClinicPractitioner::name)
        .containsExactly("Dr Claire Martin", "Dr Paul Durand");
    assertThat(all.get(0).locations())
        .singleElement()
        .satisfies(l -> assertThat(l.zone()).isEqualTo(StaffApiStub.PARIS));
    assertThat(all.get(0).motives())
        .extracting(ClinicPractitioner.Motive::name)
        .containsExactly("Consultation");
    assertThat(stub.requests().get(0).path()).isEqualTo("/api/v1/staff/practitioners");
  }

  @Test
  void readsTheCalendarOfTheRange() {
    CalendarSnapshot snapshot = ok(api.calendar(session, 1, FROM, TO));

    assertThat(snapshot.appointments())
        .extracting(CalendarSnapshot.Appointment::id)
        .containsExactly(501L, 502L, 503L, 504L, 505L);
    assertThat(snapshot.exceptions())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo("ABSENCE");
              assertThat(e.reason()).isEqualTo("Training");
              assertThat(e.locationId()).isEqualTo(OptionalLong.of(StaffApiStub.LOCATION));
            });
    assertThat(snapshot.template())
        .contains(
            CalendarSnapshot.Opening.weekly(
                StaffApiStub.LOCATION,
                DayOfWeek.SATURDAY,
                LocalTime.of(9, 0),
                LocalTime.of(12, 0)));
    assertThat(snapshot.freeSlots())
        .isNotEmpty()
        .allMatch(s -> !s.start().isBefore(FROM) && !s.end().isAfter(TO));
    assertThat(stub.requests().get(0).path()).isEqualTo("/api/v1/staff/practitioners/1/calendar");
  }

  @Test
  void sendsChangesAsTheContractSays() {
    ExceptionRequest block =
        new ExceptionRequest(
            "BLOCK",
            Instant.parse("2026-10-21T07:00:00Z"),
            Instant.parse("2026-10-21T08:00:00Z"),
            OptionalLong.of(11),
            "Meeting");

    long id = ok(api.addException(session, 1, block));
    assertThat(ok(api.removeException(session, 1, id))).isTrue();
    assertThat(
            ok(
                api.replaceTemplate(
                    session,
                    2,
                    List.of(
                        CalendarSnapshot.Opening.weekly(
                            11, DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 30))))))
        .isTrue();
    CalendarSnapshot.Appointment cancelled = ok(api.cancelAppointment(session, 502, "Dr \"ill\""));

    assertThat(cancelled.status()).isEqualTo("CANCELLED");
    assertThat(stub.cancellations()).containsEntry(502L, "Dr \"ill\"");
    List<StaffApiStub.Request> sent = stub.requests();
    assertThat(sent.get(0).body())
        .isEqualTo(
            "{\"kind\":\"BLOCK\",\"start\":\"2026-10-21T07:00:00Z\",\"end\":\"2026-10-21T08:00:00Z\","
                + "\"reason\":\"Meeting\",\"locationId\":11}");
    assertThat(sent.get(1).method()).isEqualTo("DELETE");
    assertThat(sent.get(1).path()).isEqualTo("/api/v1/staff/practitioners/1/exceptions/" + id);
    assertThat(sent.get(2).method()).isEqualTo("PUT");
    assertThat(sent.get(2).body())
        .isEqualTo(
            "{\"ranges\":[{\"locationId\":11,\"day\":\"MONDAY\",\"start\":\"08:00\",\"end\":\"12:30\","
                + "\"everyWeeks\":1}]}");
    assertThat(sent.get(3).path()).isEqualTo("/api/v1/staff/appointments/502/cancel");
    assertThat(sent.get(3).body()).isEqualTo("{\"reason\":\"Dr \\\"ill\\\"\"}");
  }

  @Test
  void aRefusalCarriesTheProblemsFieldErrors() {
    ApiResult<CalendarSnapshot.Appointment> refused = api.cancelAppointment(session, 502, " ");

    assertThat(refused).isEqualTo(new ApiResult.Refused<>(400, "reason: is required"));
    assertThat(api.removeException(session, 1, 999))
        .isEqualTo(new ApiResult.Refused<>(404, "No calendar exception 999"));
  }

  @Test
  void anExpiredTokenIsUnauthorized() {
    stub.expireTokens();

    assertThat(api.practitioners(session)).isInstanceOf(ApiResult.Unauthorized.class);
    assertThat(api.calendar(session, 1, FROM, TO).message())
        .isEqualTo("Your session has expired. Please sign in again.");
  }

  @Test
  void aServerThatIsDownIsUnreachable() throws Exception {
    Session nowhere =
        new Session(
            URI.create("http://127.0.0.1:" + StubApiServer.closedPort() + "/api/v1"),
            "a@b.c",
            "t",
            List.of("staff"));

    assertThat(api.calendar(nowhere, 1, FROM, TO)).isInstanceOf(ApiResult.Unreachable.class);
  }

  @SuppressWarnings("unchecked")
  private static <T> T ok(ApiResult<T> result) {
    assertThat(result).as(result.message()).isInstanceOf(ApiResult.Ok.class);
    return ((ApiResult.Ok<T>) result).value();
  }
}
