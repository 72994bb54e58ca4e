package com.medislot.booking.events;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DomainEventTest {

  private static final Instant TIME = Instant.parse("2026-12-01T08:30:00Z");

  @Test
  void theWireFormRoundTrips() {
    DomainEvent event =
        DomainEvent.of(
            EventType.APPOINTMENT_CREATED,
            TIME,
            42,
            Json.createObjectBuilder().add("appointmentId", 7).build());

    Optional<DomainEvent> parsed = DomainEvent.parse(event.toJson());

    assertThat(parsed).contains(event);
  }

  @Test
  void theEnvelopeUsesCloudEventsNames() {
    String json =
        DomainEvent.of(EventType.AVAILABILITY_CHANGED, TIME, 3, Json.createObjectBuilder().build())
            .toJson();

    var o = Json.createReader(new java.io.StringReader(json)).readObject();
    assertThat(o.getString("specversion")).isEqualTo("1.0");
    assertThat(o.getString("type")).isEqualTo("AvailabilityChanged");
    assertThat(o.getString("subject")).isEqualTo("practitioner/3");
    assertThat(o.getString("time")).isEqualTo("2026-12-01T08:30:00Z");
    assertThat(o.getInt("schemaversion")).isEqualTo(DomainEvent.SCHEMA_VERSION);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not json",
        "[1,2]",
        "{}",
        "{\"type\":\"AppointmentCreated\",\"subject\":\"practitioner/1\",\"schemaversion\":1}",
        "{\"id\":\"0b1e6f5e-5d0a-4a8e-9b53-8c1d2f0c9a11\",\"type\":\"SomethingElse\",\"time\":\"2026-12-01T08:30:00Z\","
            + "\"subject\":\"practitioner/1\",\"schemaversion\":1,\"data\":{}}",
        "{\"id\":\"0b1e6f5e-5d0a-4a8e-9b53-8c1d2f0c9a11\",\"type\":\"AppointmentCreated\",\"time\":\"2026-12-01T08:30:00Z\","
            + "\"subject\":\"practitioner/1\",\"schemaversion\":2,\"data\":{}}",
        "{\"id\":\"0b1e6f5e-5d0a-4a8e-9b53-8c1d2f0c9a11\",\"type\":\"AppointmentCreated\",\"time\":\"2026-12-01T08:30:00Z\","
            + "\"subject\":\"clinic/1\",\"schemaversion\":1,\"data\":{}}"
      })
  void whatItCannotUnderstandIsSkippedNotThrown(String text) {
    assertThat(DomainEvent.parse(text)).isEmpty();
  }
}
