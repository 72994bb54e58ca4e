package com.medislot.web.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.medislot.booking.appointment.BookingRequest;
import com.medislot.booking.errors.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AppointmentResourceTest {

  @Test
  void theIdempotencyKeyIsRequiredTrimmedAndBounded() {
    assertThat(AppointmentResource.idempotencyKey("  k-1 ")).isEqualTo("k-1");
    assertThatThrownBy(() -> AppointmentResource.idempotencyKey(null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("required");
    assertThatThrownBy(() -> AppointmentResource.idempotencyKey("   "))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> AppointmentResource.idempotencyKey("k".repeat(201)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("200");
  }

  @Test
  void aBodyBecomesARequestForTheCallerOrARelative() {
    BookingBody body = new BookingBody();
    body.practitionerId = 1L;
    body.locationId = 2L;
    body.motiveId = 3L;
    body.start = "2026-12-01T09:30:00+01:00";
    BookingRequest forSelf = AppointmentResource.request(body);
    assertThat(forSelf.start()).isEqualTo(Instant.parse("2026-12-01T08:30:00Z"));
    assertThat(forSelf.relativeId()).isEmpty();

    body.relativeId = 9L;
    BookingRequest forRelative = AppointmentResource.request(body);
    assertThat(forRelative.relativeId()).hasValue(9L);
    assertThat(forRelative.fingerprint()).isNotEqualTo(forSelf.fingerprint());
  }

  @Test
  void aMalformedStartNamesTheField() {
    BookingBody body = new BookingBody();
    body.practitionerId = 1L;
    body.locationId = 2L;
    body.motiveId = 3L;
    body.start = "tomorrow at nine";
    assertThatThrownBy(() -> AppointmentResource.request(body))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).contains("start"));
  }
}
