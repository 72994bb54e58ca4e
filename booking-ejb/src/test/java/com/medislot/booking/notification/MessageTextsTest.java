package com.medislot.booking.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageTextsTest {

  private static final Instant START = Instant.parse("2026-12-01T07:50:00Z");

  @Test
  void anOfferNamesTheSlotThePractitionerThePlaceTheDeadlineAndHowToConfirm() {
    AppointmentDetails offer =
        Fixtures.offer(42, START, "HELD", Instant.parse("2026-11-30T17:25:00Z"));

    assertThat(MessageTexts.subject(NotificationKind.WAITLIST_OFFER, offer))
        .isEqualTo("Waiting list: Tue 1 Dec 2026 08:50 is offered to you until Mon 30 Nov 18:25");
    assertThat(MessageTexts.emailBody(NotificationKind.WAITLIST_OFFER, offer))
        .startsWith("Hello Jane Doe,")
        .contains("Consultation with Dr Claire Martin")
        .contains("Tuesday 1 December 2026, 08:50 (Europe/Paris, UTC+01:00)")
        .contains("Cabinet Rivoli\n10 rue de Rivoli, 75004 Paris")
        .contains("until Monday 30 November 2026, 18:25 (Europe/Paris, UTC+01:00)")
        .contains("POST /api/v1/holds/42/confirm")
        .contains("This is not an appointment yet");
    assertThat(MessageTexts.sms(NotificationKind.WAITLIST_OFFER, offer))
        .isEqualTo(
            "Medislot waiting list: Tue 1 Dec 2026 08:50 (Europe/Paris) with Dr Claire Martin,"
                + " Cabinet Rivoli is yours if you confirm it by Mon 30 Nov 18:25 (see your email)");
  }

  @ParameterizedTest(name = "expiry {0} is shown as {1}")
  @CsvSource({
    // the night clocks go back in Paris: 02:30 happens twice, the offset tells which
    "2026-10-25T00:30:00Z, 'Sunday 25 October 2026, 02:30 (Europe/Paris, UTC+02:00)'",
    "2026-10-25T01:30:00Z, 'Sunday 25 October 2026, 02:30 (Europe/Paris, UTC+01:00)'",
    // the night they go forward: 01:59 then 03:00
    "2026-03-29T00:59:00Z, 'Sunday 29 March 2026, 01:59 (Europe/Paris, UTC+01:00)'",
    "2026-03-29T01:00:00Z, 'Sunday 29 March 2026, 03:00 (Europe/Paris, UTC+02:00)'"
  })
  void theDeadlineIsInTheLocationsZoneAcrossDaylightSavingChanges(Instant expiresAt, String shown) {
    AppointmentDetails offer = Fixtures.offer(42, START, "HELD", expiresAt);
    assertThat(MessageTexts.emailBody(NotificationKind.WAITLIST_OFFER, offer))
        .contains("held for you until " + shown + ".");
  }

  @Test
  void aLapseSaysTheOfferWentToTheNextInLineAndThePatientStaysOnTheList() {
    AppointmentDetails lapsed =
        Fixtures.offer(42, START, "EXPIRED", Instant.parse("2026-11-30T17:25:00Z"));

    assertThat(MessageTexts.subject(NotificationKind.OFFER_LAPSED, lapsed))
        .isEqualTo("Waiting list: the offer of Tue 1 Dec 2026 08:50 has lapsed");
    assertThat(MessageTexts.emailBody(NotificationKind.OFFER_LAPSED, lapsed))
        .contains("was not confirmed in time")
        .contains("next person waiting")
        .contains("Consultation with Dr Claire Martin")
        .contains("You stay on the waiting list")
        .doesNotContain("/confirm");
    assertThat(MessageTexts.sms(NotificationKind.OFFER_LAPSED, lapsed))
        .contains("has lapsed")
        .contains("Tue 1 Dec 2026 08:50 (Europe/Paris)");
  }

  @Test
  void theExistingMessagesAreUnchanged() {
    AppointmentDetails d = Fixtures.details(42, START, false);
    assertThat(MessageTexts.subject(NotificationKind.CONFIRMATION, d))
        .isEqualTo("Appointment confirmed: Tue 1 Dec 2026 08:50");
    assertThat(MessageTexts.emailBody(NotificationKind.CONFIRMATION, d))
        .contains("Your appointment is confirmed.")
        .doesNotContain("waiting list");
  }
}
