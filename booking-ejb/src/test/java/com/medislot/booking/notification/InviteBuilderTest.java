package com.medislot.booking.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The invite is built with ical4j, then parsed back with ical4j's own parser. */
class InviteBuilderTest {

  private static final Instant STAMP = Instant.parse("2026-11-25T10:00:00Z");

  private static VEvent event(Calendar calendar) {
    return calendar.<VEvent>getComponents().get(0);
  }

  private static Calendar parse(String text) throws Exception {
    return new CalendarBuilder().build(new StringReader(text));
  }

  @ParameterizedTest(name = "{0} → {1} local")
  @CsvSource({
    // an ordinary winter day in Paris (UTC+1)
    "2026-12-01T07:50:00Z, 'Tuesday 1 December 2026, 08:50 (Europe/Paris, UTC+01:00)'",
    // the morning after the spring-forward night: UTC+2
    "2026-03-29T07:00:00Z, 'Sunday 29 March 2026, 09:00 (Europe/Paris, UTC+02:00)'",
    // the first 02:30 of the fall-back night (still UTC+2)
    "2026-10-25T00:30:00Z, 'Sunday 25 October 2026, 02:30 (Europe/Paris, UTC+02:00)'",
    // the second 02:30 of that night (UTC+1): same wall clock, one hour later
    "2026-10-25T01:30:00Z, 'Sunday 25 October 2026, 02:30 (Europe/Paris, UTC+01:00)'",
    // midnight in Paris is the day before in UTC
    "2026-06-30T22:00:00Z, 'Wednesday 1 July 2026, 00:00 (Europe/Paris, UTC+02:00)'"
  })
  void timesAreTheExactInstantInUtcWhateverTheDaylightSavingDay(Instant start, String local)
      throws Exception {
    AppointmentDetails d = Fixtures.details(42, start, false);
    Calendar calendar = parse(InviteBuilder.build(d, false, 0, "no-reply@medislot.test", STAMP));

    VEvent event = event(calendar);
    String dtStart = event.getRequiredProperty("DTSTART").getValue();
    String dtEnd = event.getRequiredProperty("DTEND").getValue();
    assertThat(dtStart).endsWith("Z");
    assertThat(dtEnd).endsWith("Z");
    assertThat(Instant.from(event.getStartDate().orElseThrow().getDate())).isEqualTo(start);
    assertThat(Instant.from(event.getEndDate().orElseThrow().getDate()))
        .isEqualTo(start.plusSeconds(1200));
    assertThat(event.getRequiredProperty("DESCRIPTION").getValue()).isEqualTo(local);
    assertThat(calendar.getRequiredProperty("X-WR-TIMEZONE").getValue()).isEqualTo("Europe/Paris");
  }

  @ParameterizedTest(name = "cancel={0}")
  @CsvSource({"false, REQUEST, CONFIRMED, 0", "true, CANCEL, CANCELLED, 3"})
  void methodStatusUidAndSequence(boolean cancel, String method, String status, int sequence)
      throws Exception {
    AppointmentDetails d = Fixtures.details(42, Instant.parse("2026-12-01T07:50:00Z"), cancel);
    Calendar calendar =
        parse(InviteBuilder.build(d, cancel, sequence, "no-reply@medislot.test", STAMP));
    VEvent event = event(calendar);

    assertThat(calendar.getRequiredProperty("METHOD").getValue()).isEqualTo(method);
    assertThat(calendar.getRequiredProperty("VERSION").getValue()).isEqualTo("2.0");
    assertThat(calendar.getRequiredProperty("PRODID").getValue())
        .isEqualTo(InviteBuilder.PRODUCT_ID);
    assertThat(event.getRequiredProperty("UID").getValue()).isEqualTo("appointment-42@medislot");
    assertThat(event.getRequiredProperty("SEQUENCE").getValue())
        .isEqualTo(Integer.toString(sequence));
    assertThat(event.getRequiredProperty("STATUS").getValue()).isEqualTo(status);
    assertThat(event.getRequiredProperty("DTSTAMP").getValue()).isEqualTo("20261125T100000Z");
    assertThat(event.getRequiredProperty("SUMMARY").getValue())
        .isEqualTo("Consultation with Dr Claire Martin");
    assertThat(event.getRequiredProperty("LOCATION").getValue())
        .isEqualTo("Cabinet Rivoli, 10 rue de Rivoli, 75004 Paris");
    assertThat(event.getRequiredProperty("ORGANIZER").getValue())
        .isEqualTo("mailto:no-reply@medislot.test");
    assertThat(event.getRequiredProperty("ATTENDEE").getValue())
        .isEqualTo("mailto:jane@example.org");
  }

  @ParameterizedTest
  @CsvSource({"1", "77", "9000000000"})
  void theUidIsTheSameForEveryMessageAboutOneAppointment(long id) throws Exception {
    Instant start = Instant.parse("2026-12-01T07:50:00Z");
    String request =
        event(
                parse(
                    InviteBuilder.build(
                        Fixtures.details(id, start, false), false, 0, "a@b.c", STAMP)))
            .getRequiredProperty("UID")
            .getValue();
    String cancel =
        event(
                parse(
                    InviteBuilder.build(
                        Fixtures.details(id, start.plusSeconds(3600), true),
                        true,
                        2,
                        "a@b.c",
                        STAMP.plusSeconds(60))))
            .getRequiredProperty("UID")
            .getValue();
    assertThat(request).isEqualTo(cancel).isEqualTo(InviteBuilder.uid(id));
  }
}
