package com.medislot.booking.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.medislot.booking.events.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NotificationPlannerTest {

  private static final UUID EVENT = UUID.fromString("00000000-0000-0000-0000-000000000001");
  private static final Instant START = Instant.parse("2026-12-03T09:00:00Z");
  private static final List<Duration> REMINDERS =
      List.of(Duration.ofHours(24), Duration.ofHours(2));

  private static List<PlannedNotification> plan(
      EventType type, Instant now, Set<Channel> channels) {
    return NotificationPlanner.plan(
        NotificationPlanner.kindOf(type, false), EVENT, 7, START, now, 0, REMINDERS, channels);
  }

  @Test
  void aNewAppointmentGetsItsConfirmationNowAndBothReminders() {
    Instant now = Instant.parse("2026-12-01T09:00:00Z");
    assertThat(plan(EventType.APPOINTMENT_CREATED, now, Set.of(Channel.EMAIL)))
        .extracting(PlannedNotification::kind, PlannedNotification::dueAt)
        .containsExactly(
            tuple(NotificationKind.CONFIRMATION, now),
            tuple(NotificationKind.REMINDER, Instant.parse("2026-12-02T09:00:00Z")),
            tuple(NotificationKind.REMINDER, Instant.parse("2026-12-03T07:00:00Z")));
  }

  @ParameterizedTest(name = "booked at {0}: {1} reminders")
  @CsvSource({
    "2026-12-02T08:59:59Z, 2",
    "2026-12-02T09:00:00Z, 1", // the 24 h reminder would be due right now: pointless
    "2026-12-03T06:59:59Z, 1",
    "2026-12-03T07:00:00Z, 0",
    "2026-12-03T08:59:00Z, 0"
  })
  void remindersAlreadyDueAreNotPlanned(Instant now, int reminders) {
    assertThat(plan(EventType.APPOINTMENT_CREATED, now, Set.of(Channel.EMAIL)))
        .filteredOn(p -> p.kind() == NotificationKind.REMINDER)
        .hasSize(reminders);
  }

  @Test
  void aMoveGetsAChangeAndNewReminders() {
    Instant now = Instant.parse("2026-12-01T09:00:00Z");
    assertThat(plan(EventType.APPOINTMENT_RESCHEDULED, now, Set.of(Channel.EMAIL)))
        .extracting(PlannedNotification::kind)
        .containsExactly(
            NotificationKind.CHANGE, NotificationKind.REMINDER, NotificationKind.REMINDER);
  }

  @Test
  void aCancellationGetsNoReminder() {
    Instant now = Instant.parse("2026-12-01T09:00:00Z");
    assertThat(plan(EventType.APPOINTMENT_CANCELLED, now, Set.of(Channel.EMAIL, Channel.SMS)))
        .extracting(PlannedNotification::kind, PlannedNotification::channel)
        .containsExactly(
            tuple(NotificationKind.CANCELLATION, Channel.EMAIL),
            tuple(NotificationKind.CANCELLATION, Channel.SMS));
  }

  @Test
  void everyMessageGoesOnEveryChannel() {
    Instant now = Instant.parse("2026-12-01T09:00:00Z");
    List<PlannedNotification> planned =
        plan(EventType.APPOINTMENT_CREATED, now, Set.of(Channel.EMAIL, Channel.SMS));
    assertThat(planned).hasSize(6);
    assertThat(planned).filteredOn(p -> p.channel() == Channel.SMS).hasSize(3);
    assertThat(planned)
        .allSatisfy(
            p -> {
              assertThat(p.appointmentId()).isEqualTo(7);
              assertThat(p.eventId()).isEqualTo(EVENT);
              assertThat(p.appointmentStart()).isEqualTo(START);
            });
  }

  @Test
  void eventsAboutCalendarsGiveNoMessage() {
    Instant now = Instant.parse("2026-12-01T09:00:00Z");
    assertThat(plan(EventType.AVAILABILITY_CHANGED, now, Set.of(Channel.EMAIL))).isEmpty();
    assertThat(plan(EventType.PRACTITIONER_UPDATED, now, Set.of(Channel.EMAIL))).isEmpty();
  }

  @Test
  void aReminderIsDueOnlyForALiveAppointmentThatDidNotMove() {
    assertThat(NotificationPlanner.reminderStillDue(START, Fixtures.details(7, START, false)))
        .isTrue();
    assertThat(NotificationPlanner.reminderStillDue(START, Fixtures.details(7, START, true)))
        .isFalse();
    assertThat(
            NotificationPlanner.reminderStillDue(
                START, Fixtures.details(7, START.plusSeconds(1800), false)))
        .isFalse();
  }

  @ParameterizedTest(name = "sms on={0}, country allows={1}, phone={2} → {3}")
  @CsvSource({
    "true, true, true, 'EMAIL,SMS'",
    "true, , true, 'EMAIL,SMS'",
    "true, false, true, EMAIL",
    "false, true, true, EMAIL",
    "true, true, false, EMAIL",
    "false, , false, EMAIL"
  })
  void smsOnlyWhenSwitchedOnAllowedByTheCountryAndThePhoneIsValid(
      boolean smsEnabled, Boolean countryAllows, boolean phone, String expected) {
    assertThat(
            NotificationPlanner.channels(
                smsEnabled, java.util.Optional.ofNullable(countryAllows), phone))
        .containsExactlyInAnyOrderElementsOf(
            java.util.Arrays.stream(expected.split(",")).map(Channel::valueOf).toList());
  }

  @Test
  void theCountryFilesRemindersWinEvenWhenItHasNone() {
    List<Duration> configured = List.of(Duration.ofHours(24));
    assertThat(NotificationPlanner.reminders(java.util.Optional.empty(), configured))
        .isEqualTo(configured);
    assertThat(NotificationPlanner.reminders(java.util.Optional.of(List.of()), configured))
        .isEmpty();
    assertThat(
            NotificationPlanner.reminders(
                java.util.Optional.of(List.of(Duration.ofHours(48))), configured))
        .containsExactly(Duration.ofHours(48));
  }

  @ParameterizedTest(name = "{0}, waiting-list offer={1} → {2}")
  @CsvSource({
    "WAITLIST_OFFER_MADE, true, WAITLIST_OFFER",
    "HOLD_EXPIRED, true, OFFER_LAPSED",
    "HOLD_EXPIRED, false, ", // the patient's own hold running out: no message, by choice
    "HOLD_PLACED, false, ",
    "HOLD_RELEASED, false, ",
    "HOLD_RELEASED, true, ", // the patient turned the offer down themselves
    "APPOINTMENT_CREATED, true, CONFIRMATION" // a confirmed offer is confirmed like any booking
  })
  void holdEventsGiveAMessageOnlyForWaitingListOffers(
      EventType type, boolean offer, NotificationKind expected) {
    assertThat(NotificationPlanner.kindOf(type, offer))
        .isEqualTo(java.util.Optional.ofNullable(expected));
  }

  @Test
  void anOfferAndItsLapseGoOutNowOnEveryChannelWithoutReminders() {
    Instant now = Instant.parse("2026-12-01T09:00:00Z");
    for (NotificationKind kind :
        List.of(NotificationKind.WAITLIST_OFFER, NotificationKind.OFFER_LAPSED)) {
      assertThat(
              NotificationPlanner.plan(
                  java.util.Optional.of(kind),
                  EVENT,
                  7,
                  START,
                  now,
                  0,
                  REMINDERS,
                  Set.of(Channel.EMAIL, Channel.SMS)))
          .extracting(
              PlannedNotification::kind, PlannedNotification::channel, PlannedNotification::dueAt)
          .containsExactly(tuple(kind, Channel.EMAIL, now), tuple(kind, Channel.SMS, now));
    }
  }

  @ParameterizedTest(name = "offer in status {0} expiring {1}, sent at {2}: {3}")
  @CsvSource({
    "HELD, 2026-12-01T09:10:00Z, 2026-12-01T09:00:00Z, true",
    "HELD, 2026-12-01T09:10:00Z, 2026-12-01T09:09:59Z, true",
    "HELD, 2026-12-01T09:10:00Z, 2026-12-01T09:10:00Z, false", // expiry is exclusive
    "HELD, 2026-12-01T09:10:00Z, 2026-12-01T09:30:00Z, false", // the sweep has not run yet
    "CONFIRMED, 2026-12-01T09:10:00Z, 2026-12-01T09:00:00Z, false",
    "RELEASED, 2026-12-01T09:10:00Z, 2026-12-01T09:00:00Z, false",
    "EXPIRED, 2026-12-01T09:10:00Z, 2026-12-01T09:30:00Z, false"
  })
  void anOfferIsSentOnlyWhileItsHoldStillReservesTheSlot(
      String status, Instant expiresAt, Instant at, boolean worth) {
    assertThat(
            NotificationPlanner.stillWorthSending(
                NotificationKind.WAITLIST_OFFER, Fixtures.offer(7, START, status, expiresAt), at))
        .isEqualTo(worth);
  }

  @ParameterizedTest(name = "lapse of an offer now {0}: {1}")
  @CsvSource({"EXPIRED, true", "HELD, false", "CONFIRMED, false", "RELEASED, false"})
  void aLapseIsSentOnlyForAnExpiredHold(String status, boolean worth) {
    Instant expiry = Instant.parse("2026-12-01T09:10:00Z");
    assertThat(
            NotificationPlanner.stillWorthSending(
                NotificationKind.OFFER_LAPSED,
                Fixtures.offer(7, START, status, expiry),
                expiry.plusSeconds(5)))
        .isEqualTo(worth);
  }
}
