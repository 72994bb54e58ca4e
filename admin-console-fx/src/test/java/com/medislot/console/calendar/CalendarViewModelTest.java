package com.medislot.console.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.medislot.console.api.ApiResult;
import com.medislot.console.api.CalendarSnapshot;
import com.medislot.console.api.ExceptionRequest;
import com.medislot.console.session.Session;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The calendar screen's behaviour without any window. */
class CalendarViewModelTest {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  /** Wednesday 21 October 2026, 10:00 in Paris: the week whose Sunday has 25 hours. */
  static final Clock DST_WEEK =
      Clock.fixed(LocalDateTime.of(2026, 10, 21, 10, 0).atZone(PARIS).toInstant(), ZoneOffset.UTC);

  private final ExecutorService background =
      Executors.newSingleThreadExecutor(task -> new Thread(task, "test-background"));
  private final FakeStaffApi api = new FakeStaffApi();
  private final Session session =
      new Session(URI.create("http://127.0.0.1:1/api/v1"), "staff@x.test", "t", List.of("staff"));
  private final AtomicInteger expired = new AtomicInteger();
  private final List<String> errors = new ArrayList<>();

  @AfterEach
  void tearDown() {
    background.shutdownNow();
  }

  private CalendarViewModel model(Clock clock) {
    CalendarViewModel model =
        new CalendarViewModel(
            session, api, background, Runnable::run, clock, expired::incrementAndGet);
    model.setOnError(errors::add);
    return model;
  }

  private CalendarViewModel started(Clock clock) throws Exception {
    CalendarViewModel model = model(clock);
    model.start().get(5, TimeUnit.SECONDS);
    awaitIdle(model);
    return model;
  }

  /** Waits until the background executor has run everything queued so far. */
  private void awaitIdle(CalendarViewModel model) throws Exception {
    for (int i = 0; i < 3; i++) {
      background.submit(() -> {}).get(5, TimeUnit.SECONDS);
    }
  }

  private static Instant paris(int month, int day, int hour, int minute) {
    return LocalDateTime.of(2026, month, day, hour, minute).atZone(PARIS).toInstant();
  }

  private static CalendarSnapshot.Appointment appointment(long id, Instant start, int minutes) {
    return new CalendarSnapshot.Appointment(
        id,
        FakeStaffApi.PARIS.id(),
        100,
        "CONFIRMED",
        start,
        start.plus(Duration.ofMinutes(minutes)));
  }

  private static CalendarSnapshot snapshot(
      List<CalendarSnapshot.Appointment> appointments,
      List<CalendarSnapshot.CalendarException> exceptions,
      List<CalendarSnapshot.FreeSlot> free,
      List<CalendarSnapshot.Holiday> holidays) {
    return new CalendarSnapshot(appointments, exceptions, List.of(), holidays, free);
  }

  @Test
  void startsOnThisWeekOfTheFirstPractitionersFirstLocationAndCallsTheServerInTheBackground()
      throws Exception {
    CalendarViewModel model = started(DST_WEEK);

    assertThat(model.practitioners()).containsExactly(FakeStaffApi.MARTIN, FakeStaffApi.DURAND);
    assertThat(model.practitionerProperty().get()).isEqualTo(FakeStaffApi.MARTIN);
    assertThat(model.locations()).containsExactly(FakeStaffApi.PARIS, FakeStaffApi.TOKYO);
    assertThat(model.locationProperty().get()).isEqualTo(FakeStaffApi.PARIS);
    assertThat(model.days())
        .extracting(DayColumn::date)
        .containsExactly(
            LocalDate.of(2026, 10, 19),
            LocalDate.of(2026, 10, 20),
            LocalDate.of(2026, 10, 21),
            LocalDate.of(2026, 10, 22),
            LocalDate.of(2026, 10, 23),
            LocalDate.of(2026, 10, 24),
            LocalDate.of(2026, 10, 25));
    assertThat(model.days())
        .filteredOn(DayColumn::today)
        .extracting(DayColumn::date)
        .containsExactly(LocalDate.of(2026, 10, 21));
    assertThat(api.calendarCalls).isNotEmpty().allMatch(c -> c.thread().equals("test-background"));
    assertThat(model.titleProperty().get())
        .isEqualTo("19 Oct 2026 – 25 Oct 2026 · Cabinet Voltaire (Europe/Paris)");
    assertThat(model.busyProperty().get()).isFalse();
  }

  @Test
  void theDaylightSavingWeekAsksForTheLocalWeekAndPlacesNineOClockAtNineOnEveryDay()
      throws Exception {
    api.calendar =
        () ->
            new ApiResult.Ok<>(
                snapshot(
                    List.of(
                        appointment(1, paris(10, 24, 9, 0), 20), // Saturday, UTC+2
                        appointment(2, paris(10, 25, 9, 0), 20), // Sunday, UTC+1
                        appointment(3, paris(10, 25, 23, 30), 20)), // last minutes of Sunday
                    List.of(),
                    List.of(),
                    List.of()));

    CalendarViewModel model = started(DST_WEEK);

    FakeStaffApi.CalendarCall call = api.calendarCalls.get(api.calendarCalls.size() - 1);
    assertThat(call.from()).isEqualTo(Instant.parse("2026-10-18T22:00:00Z"));
    assertThat(call.to()).isEqualTo(Instant.parse("2026-10-25T23:00:00Z"));
    assertThat(Duration.between(call.from(), call.to())).isEqualTo(Duration.ofHours(7 * 24 + 1));
    assertThat(model.days().get(6).hours()).isEqualTo(25);
    assertThat(model.days().get(5).hours()).isEqualTo(24);
    assertThat(model.blocks())
        .filteredOn(b -> b.kind() == BlockKind.APPOINTMENT)
        .extracting(
            CalendarBlock::refId,
            CalendarBlock::day,
            CalendarBlock::startMinute,
            CalendarBlock::endMinute)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, 5, 9 * 60, 9 * 60 + 20),
            org.assertj.core.groups.Tuple.tuple(2L, 6, 9 * 60, 9 * 60 + 20),
            org.assertj.core.groups.Tuple.tuple(3L, 6, 23 * 60 + 30, 23 * 60 + 50));
    // the same instants in UTC are an hour apart in local time: never placed by UTC offsets
    assertThat(Duration.between(paris(10, 24, 9, 0), paris(10, 25, 9, 0)))
        .isEqualTo(Duration.ofHours(25));
  }

  @Test
  void theSpringDayHasTwentyThreeHours() throws Exception {
    Clock march =
        Clock.fixed(LocalDateTime.of(2026, 3, 25, 10, 0).atZone(PARIS).toInstant(), ZoneOffset.UTC);
    api.calendar =
        () ->
            new ApiResult.Ok<>(
                snapshot(
                    List.of(appointment(9, paris(3, 29, 9, 0), 20)),
                    List.of(),
                    List.of(),
                    List.of()));

    CalendarViewModel model = started(march);

    assertThat(model.days().get(6).date()).isEqualTo(LocalDate.of(2026, 3, 29));
    assertThat(model.days().get(6).hours()).isEqualTo(23);
    assertThat(model.blocks())
        .singleElement()
        .satisfies(b -> assertThat(b.startMinute()).isEqualTo(9 * 60));
  }

  @Test
  void gridTimesAreTheLocationsNotTheMachines() throws Exception {
    Instant nineInTokyo =
        LocalDateTime.of(2026, 10, 21, 9, 0).atZone(ZoneId.of("Asia/Tokyo")).toInstant();
    api.calendar =
        () ->
            new ApiResult.Ok<>(
                snapshot(
                    List.of(
                        new CalendarSnapshot.Appointment(
                            5,
                            FakeStaffApi.TOKYO.id(),
                            100,
                            "CONFIRMED",
                            nineInTokyo,
                            nineInTokyo.plusSeconds(1200))),
                    List.of(),
                    List.of(),
                    List.of()));
    CalendarViewModel model = started(DST_WEEK);

    model.locationProperty().set(FakeStaffApi.TOKYO);
    awaitIdle(model);

    assertThat(model.titleProperty().get()).endsWith("(Asia/Tokyo)");
    assertThat(model.blocks())
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.startMinute()).isEqualTo(9 * 60);
              assertThat(b.day()).isEqualTo(2);
            });
  }

  @Test
  void freeSlotsOfAllMotivesMergeAndExceptionsAreCutAtLocalMidnight() throws Exception {
    api.calendar =
        () ->
            new ApiResult.Ok<>(
                snapshot(
                    List.of(),
                    List.of(
                        new CalendarSnapshot.CalendarException(
                            40,
                            "ABSENCE",
                            paris(10, 20, 18, 0),
                            paris(10, 21, 10, 0),
                            OptionalLong.empty(),
                            "Conference"),
                        new CalendarSnapshot.CalendarException(
                            41,
                            "BLOCK",
                            paris(10, 22, 8, 0),
                            paris(10, 22, 9, 0),
                            OptionalLong.of(FakeStaffApi.TOKYO.id()),
                            "elsewhere")),
                    List.of(
                        new CalendarSnapshot.FreeSlot(
                            11, 100, paris(10, 19, 9, 0), paris(10, 19, 9, 20)),
                        new CalendarSnapshot.FreeSlot(
                            11, 200, paris(10, 19, 9, 10), paris(10, 19, 9, 40)),
                        new CalendarSnapshot.FreeSlot(
                            11, 100, paris(10, 19, 9, 40), paris(10, 19, 10, 0)),
                        new CalendarSnapshot.FreeSlot(
                            11, 100, paris(10, 19, 14, 0), paris(10, 19, 14, 20)),
                        new CalendarSnapshot.FreeSlot(
                            12, 100, paris(10, 19, 16, 0), paris(10, 19, 16, 20))),
                    List.of(
                        new CalendarSnapshot.Holiday(
                            11, LocalDate.of(2026, 10, 23), "Local feast"))));

    CalendarViewModel model = started(DST_WEEK);

    assertThat(model.blocks())
        .filteredOn(b -> b.kind() == BlockKind.FREE)
        .extracting(CalendarBlock::startMinute, CalendarBlock::endMinute)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(9 * 60, 10 * 60),
            org.assertj.core.groups.Tuple.tuple(14 * 60, 14 * 60 + 20));
    assertThat(model.blocks())
        .filteredOn(b -> b.kind() == BlockKind.ABSENCE)
        .extracting(CalendarBlock::day, CalendarBlock::startMinute, CalendarBlock::endMinute)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, 18 * 60, 24 * 60),
            org.assertj.core.groups.Tuple.tuple(2, 0, 10 * 60));
    assertThat(model.blocks()).noneMatch(b -> b.refId() == 41);
    assertThat(model.blocks())
        .filteredOn(b -> b.refId() == 40)
        .first()
        .satisfies(b -> assertThat(b.title()).isEqualTo("Absence: Conference"));
    assertThat(model.days().get(4).holiday()).contains("Local feast");
    assertThat(model.days().get(3).holiday()).isEmpty();
  }

  @Test
  void navigatesWeeksAndDays() throws Exception {
    CalendarViewModel model = started(DST_WEEK);

    model.next().get(5, TimeUnit.SECONDS);
    assertThat(model.days().get(0).date()).isEqualTo(LocalDate.of(2026, 10, 26));
    assertThat(model.days().get(0).hours()).isEqualTo(24);
    model.previous().get(5, TimeUnit.SECONDS);
    model.previous().get(5, TimeUnit.SECONDS);
    assertThat(model.days().get(0).date()).isEqualTo(LocalDate.of(2026, 10, 12));

    model.showDay(LocalDate.of(2026, 10, 25)).get(5, TimeUnit.SECONDS);
    assertThat(model.modeProperty().get()).isEqualTo(CalendarMode.DAY);
    assertThat(model.days())
        .extracting(DayColumn::date)
        .containsExactly(LocalDate.of(2026, 10, 25));
    FakeStaffApi.CalendarCall day = api.calendarCalls.get(api.calendarCalls.size() - 1);
    assertThat(Duration.between(day.from(), day.to())).isEqualTo(Duration.ofHours(25));
    model.next().get(5, TimeUnit.SECONDS);
    assertThat(model.days())
        .extracting(DayColumn::date)
        .containsExactly(LocalDate.of(2026, 10, 26));

    model.today().get(5, TimeUnit.SECONDS);
    assertThat(model.days())
        .extracting(DayColumn::date)
        .containsExactly(LocalDate.of(2026, 10, 21));
    model.modeProperty().set(CalendarMode.WEEK);
    awaitIdle(model);
    assertThat(model.days()).hasSize(7);
    assertThat(model.titleProperty().get()).startsWith("19 Oct 2026 – 25 Oct 2026");
  }

  @Test
  void choosingAnotherPractitionerShowsTheirCalendar() throws Exception {
    CalendarViewModel model = started(DST_WEEK);

    model.practitionerProperty().set(FakeStaffApi.DURAND);
    awaitIdle(model);

    assertThat(model.locations()).containsExactly(FakeStaffApi.PARIS);
    assertThat(api.calendarCalls.get(api.calendarCalls.size() - 1).practitionerId()).isEqualTo(2);
  }

  @Test
  void anAnswerForAWeekNoLongerShownIsDropped() throws Exception {
    Deque<Runnable> queued = new ArrayDeque<>();
    CalendarViewModel model =
        new CalendarViewModel(
            session, api, queued::add, Runnable::run, DST_WEEK, expired::incrementAndGet);
    model.start();
    queued.poll().run(); // practitioners
    queued.poll().run(); // this week, first shown
    model.next();
    Runnable nextWeek = queued.poll();
    model.previous();
    Runnable thisWeek = queued.poll();

    api.calendar = () -> new ApiResult.Ok<>(FakeStaffApi.empty());
    thisWeek.run();
    api.calendar =
        () ->
            new ApiResult.Ok<>(
                snapshot(
                    List.of(appointment(1, paris(10, 27, 9, 0), 20)),
                    List.of(),
                    List.of(),
                    List.of()));
    nextWeek.run(); // arrives last, but the user has moved back meanwhile

    assertThat(queued).isEmpty();
    assertThat(model.days().get(0).date()).isEqualTo(LocalDate.of(2026, 10, 19));
    assertThat(model.blocks()).isEmpty();
    assertThat(model.busyProperty().get()).isFalse();
  }

  @Test
  void pollingPicksUpChangesMadeElsewhereUntilStopped() throws Exception {
    List<Runnable> ticks = new ArrayList<>();
    AtomicInteger closed = new AtomicInteger();
    CalendarViewModel model = started(DST_WEEK);
    model.startPolling(
        (interval, action) -> {
          assertThat(interval).isEqualTo(Duration.ofSeconds(3));
          ticks.add(action);
          return closed::incrementAndGet;
        },
        Duration.ofSeconds(3));
    assertThat(model.blocks()).isEmpty();

    api.calendar =
        () ->
            new ApiResult.Ok<>(
                snapshot(
                    List.of(appointment(8, paris(10, 22, 11, 0), 20)),
                    List.of(),
                    List.of(),
                    List.of()));
    ticks.get(0).run();
    awaitIdle(model);

    assertThat(model.blocks()).extracting(CalendarBlock::refId).containsExactly(8L);
    model.stop();
    assertThat(closed.get()).isEqualTo(1);
  }

  @Test
  void aFailedPollOnlySaysSoInTheStatusLine() throws Exception {
    CalendarViewModel model = started(DST_WEEK);
    api.calendar = () -> new ApiResult.Unreachable<>("connection refused");

    model.poll().get(5, TimeUnit.SECONDS);

    assertThat(errors).isEmpty();
    assertThat(model.statusProperty().get())
        .startsWith("Not refreshed at ")
        .contains("cannot be reached");
  }

  @Test
  void aServerThatIsDownIsAnErrorDialogWhenTheUserAsked() throws Exception {
    CalendarViewModel model = started(DST_WEEK);
    api.calendar = () -> new ApiResult.Unreachable<>("connection refused");

    assertThat(model.next().get(5, TimeUnit.SECONDS)).isFalse();

    assertThat(errors)
        .containsExactly("The server cannot be reached. Check that it is running, then try again.");
    assertThat(expired.get()).isZero();
  }

  @Test
  void anExpiredTokenEndsTheSessionOnceAndStopsPolling() throws Exception {
    AtomicInteger closed = new AtomicInteger();
    CalendarViewModel model = started(DST_WEEK);
    model.startPolling((i, a) -> closed::incrementAndGet, Duration.ofSeconds(5));
    api.calendar = ApiResult.Unauthorized::new;

    model.poll().get(5, TimeUnit.SECONDS);
    model.refresh().get(5, TimeUnit.SECONDS);

    assertThat(expired.get()).isEqualTo(1);
    assertThat(closed.get()).isEqualTo(1);
    assertThat(errors).isEmpty();
  }

  @Test
  void changesAreSentThenTheCalendarIsReloaded() throws Exception {
    CalendarViewModel model = started(DST_WEEK);
    int before = api.calendarCalls.size();
    ExceptionRequest request =
        new ExceptionRequest(
            "BLOCK", paris(10, 22, 8, 0), paris(10, 22, 9, 0), OptionalLong.of(11), "");

    assertThat(model.addException(request).get(5, TimeUnit.SECONDS)).isTrue();
    assertThat(model.removeException(40).get(5, TimeUnit.SECONDS)).isTrue();
    assertThat(model.cancelAppointment(8, "  Dr ill  ").get(5, TimeUnit.SECONDS)).isTrue();

    assertThat(api.added).containsExactly(request);
    assertThat(api.removed).containsExactly(40L);
    assertThat(api.cancelled).containsExactly("8:Dr ill");
    assertThat(api.calendarCalls).hasSize(before + 3);
    assertThat(model.statusProperty().get()).contains("appointment");
  }

  @Test
  void aRefusedChangeShowsTheServersExplanationAndReloadsNothing() throws Exception {
    CalendarViewModel model = started(DST_WEEK);
    int before = api.calendarCalls.size();
    api.changeAnswer = new ApiResult.Refused<>(422, "end: an exception may last at most 366 days");

    assertThat(model.removeException(3).get(5, TimeUnit.SECONDS)).isFalse();

    assertThat(errors).containsExactly("end: an exception may last at most 366 days");
    assertThat(api.calendarCalls).hasSize(before);
  }

  @Test
  void aClinicWithoutPractitionersSaysSo() throws Exception {
    api.practitioners = new ApiResult.Ok<>(List.of());

    CalendarViewModel model = started(DST_WEEK);

    assertThat(model.locationProperty().get()).isNull();
    assertThat(model.statusProperty().get()).isEqualTo("Your clinic has no practitioners yet.");
    assertThat(model.refresh().get(1, TimeUnit.SECONDS)).isFalse();
    assertThat(api.calendarCalls).isEmpty();
  }

  @Test
  void findsTheAppointmentAndExceptionOfABlock() throws Exception {
    CalendarSnapshot.Appointment a = appointment(8, paris(10, 22, 11, 0), 20);
    api.calendar = () -> new ApiResult.Ok<>(snapshot(List.of(a), List.of(), List.of(), List.of()));
    CalendarViewModel model = started(DST_WEEK);

    assertThat(model.appointment(8)).contains(a);
    assertThat(model.appointment(9)).isEmpty();
    assertThat(model.exception(8)).isEqualTo(Optional.empty());
    assertThat(model.motiveName(100)).isEqualTo("Consultation");
  }
}
