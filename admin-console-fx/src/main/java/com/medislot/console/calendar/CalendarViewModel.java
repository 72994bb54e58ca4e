package com.medislot.console.calendar;

import com.medislot.console.api.ApiResult;
import com.medislot.console.api.CalendarSnapshot;
import com.medislot.console.api.ClinicPractitioner;
import com.medislot.console.api.ExceptionRequest;
import com.medislot.console.api.StaffApi;
import com.medislot.console.session.Session;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and behaviour of the staff calendar screen. Holds no scene-graph types; its properties are
 * read and written on the UI executor's thread only. Network calls run on the background executor;
 * an answer that arrives after the user moved on (another week, practitioner or location) is
 * dropped, so the grid always shows what is selected.
 */
public final class CalendarViewModel {

  static final DateTimeFormatter TITLE_DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH);

  private final Session session;
  private final StaffApi api;
  private final Executor background;
  private final Executor ui;
  private final Clock clock;
  private final Runnable onSessionExpired;
  private Consumer<String> onError = message -> {};

  private final ObservableList<ClinicPractitioner> practitioners =
      FXCollections.observableArrayList();
  private final ObjectProperty<ClinicPractitioner> practitioner =
      new SimpleObjectProperty<>(this, "practitioner");
  private final ObservableList<ClinicPractitioner.Location> locations =
      FXCollections.observableArrayList();
  private final ObjectProperty<ClinicPractitioner.Location> location =
      new SimpleObjectProperty<>(this, "location");
  private final ObjectProperty<CalendarMode> mode =
      new SimpleObjectProperty<>(this, "mode", CalendarMode.WEEK);
  private final ReadOnlyObjectWrapper<LocalDate> anchor =
      new ReadOnlyObjectWrapper<>(this, "anchor");
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
  private final ObservableList<DayColumn> days = FXCollections.observableArrayList();
  private final ObservableList<CalendarBlock> blocks = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<Optional<CalendarSnapshot>> snapshot =
      new ReadOnlyObjectWrapper<>(this, "snapshot", Optional.empty());

  private long generation;
  private int inFlight;
  private boolean expired;
  private Ticker.Handle polling;
  private String shownKey = "";
  private CompletableFuture<Boolean> lastLoad = CompletableFuture.completedFuture(false);

  /**
   * @param background runs the network calls
   * @param ui applies their outcome to this model (the FX thread in the application)
   * @param clock decides what "today" is, in the location's zone
   * @param onSessionExpired called through {@code ui}, once, when the server refuses the token
   */
  public CalendarViewModel(
      Session session,
      StaffApi api,
      Executor background,
      Executor ui,
      Clock clock,
      Runnable onSessionExpired) {
    this.session = Objects.requireNonNull(session, "session");
    this.api = Objects.requireNonNull(api, "api");
    this.background = Objects.requireNonNull(background, "background");
    this.ui = Objects.requireNonNull(ui, "ui");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.onSessionExpired = Objects.requireNonNull(onSessionExpired, "onSessionExpired");
    practitioner.addListener((o, was, now) -> practitionerChanged(now));
    location.addListener((o, was, now) -> locationChanged(was, now));
    mode.addListener((o, was, now) -> refresh());
  }

  /** Where messages for an error dialog go; called on the UI thread. */
  public void setOnError(Consumer<String> onError) {
    this.onError = Objects.requireNonNull(onError, "onError");
  }

  /** Loads the clinic's practitioners and shows the first one's calendar at its first location. */
  public CompletableFuture<Boolean> start() {
    return call(
        () -> api.practitioners(session),
        list -> {
          practitioners.setAll(list);
          if (list.isEmpty()) {
            status.set("Your clinic has no practitioners yet.");
          } else {
            practitioner.set(list.get(0));
          }
        });
  }

  /** Refreshes the calendar every {@code interval} until {@link #stop()}. */
  public void startPolling(Ticker ticker, Duration interval) {
    stopPolling();
    polling = ticker.every(interval, this::poll);
  }

  /** Stops polling; the screen is being left. */
  public void stop() {
    stopPolling();
    generation++;
  }

  private void stopPolling() {
    if (polling != null) {
      polling.close();
      polling = null;
    }
  }

  /**
   * A background refresh: skipped while another call is running, silent about failures other than
   * an expired session (the status line says the calendar could not be refreshed).
   */
  public CompletableFuture<Boolean> poll() {
    if (inFlight > 0 || location.get() == null) {
      return CompletableFuture.completedFuture(false);
    }
    return load(false);
  }

  /** Reloads the shown range now. */
  public CompletableFuture<Boolean> refresh() {
    if (practitioner.get() == null || location.get() == null) {
      return CompletableFuture.completedFuture(false);
    }
    return load(true);
  }

  public CompletableFuture<Boolean> previous() {
    return moveTo(anchor.get().minusDays(mode.get().days()));
  }

  public CompletableFuture<Boolean> next() {
    return moveTo(anchor.get().plusDays(mode.get().days()));
  }

  public CompletableFuture<Boolean> today() {
    return moveTo(today(zone()));
  }

  /** Shows one day, e.g. after choosing it in the week. */
  public CompletableFuture<Boolean> showDay(LocalDate date) {
    anchor.set(date);
    if (mode.get() == CalendarMode.DAY) {
      return refresh();
    }
    mode.set(CalendarMode.DAY); // the listener refreshes
    return lastLoad;
  }

  private CompletableFuture<Boolean> moveTo(LocalDate date) {
    if (location.get() == null) {
      return CompletableFuture.completedFuture(false);
    }
    anchor.set(date);
    return refresh();
  }

  /** Adds an exception, then reloads. Completes with whether the server accepted it. */
  public CompletableFuture<Boolean> addException(ExceptionRequest request) {
    long id = practitioner.get().id();
    return change(() -> api.addException(session, id, request), "Exception added");
  }

  public CompletableFuture<Boolean> removeException(long exceptionId) {
    long id = practitioner.get().id();
    return change(() -> api.removeException(session, id, exceptionId), "Exception removed");
  }

  public CompletableFuture<Boolean> replaceTemplate(List<CalendarSnapshot.Opening> ranges) {
    long id = practitioner.get().id();
    return change(() -> api.replaceTemplate(session, id, ranges), "Weekly template saved");
  }

  public CompletableFuture<Boolean> cancelAppointment(long appointmentId, String reason) {
    return change(
        () -> api.cancelAppointment(session, appointmentId, reason.strip()),
        "Appointment " + appointmentId + " cancelled");
  }

  /** The exception or appointment a block shows, for the dialogs. */
  public Optional<CalendarSnapshot.CalendarException> exception(long id) {
    return snapshot
        .get()
        .flatMap(s -> s.exceptions().stream().filter(e -> e.id() == id).findFirst());
  }

  public Optional<CalendarSnapshot.Appointment> appointment(long id) {
    return snapshot
        .get()
        .flatMap(s -> s.appointments().stream().filter(a -> a.id() == id).findFirst());
  }

  /** The motive's name, for display. */
  public String motiveName(long motiveId) {
    return motiveNames().getOrDefault(motiveId, "Motive " + motiveId);
  }

  /** The zone of the selected location; UTC before one is selected. */
  public ZoneId zone() {
    return location.get() == null ? ZoneId.of("UTC") : location.get().zone();
  }

  private LocalDate today(ZoneId zone) {
    return LocalDate.now(clock.withZone(zone));
  }

  private void practitionerChanged(ClinicPractitioner now) {
    snapshot.set(Optional.empty());
    if (now == null) {
      locations.clear();
      location.set(null);
      return;
    }
    locations.setAll(now.locations());
    ClinicPractitioner.Location first = now.locations().isEmpty() ? null : now.locations().get(0);
    if (Objects.equals(location.get(), first)) {
      refresh();
    } else {
      location.set(first);
    }
  }

  private void locationChanged(ClinicPractitioner.Location was, ClinicPractitioner.Location now) {
    if (now == null) {
      days.clear();
      blocks.clear();
      return;
    }
    if (anchor.get() == null || (was != null && !was.zone().equals(now.zone()))) {
      anchor.set(today(now.zone()));
    }
    refresh();
  }

  private List<LocalDate> shownDays() {
    LocalDate first =
        mode.get() == CalendarMode.WEEK
            ? anchor.get().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            : anchor.get();
    return first.datesUntil(first.plusDays(mode.get().days())).toList();
  }

  private CompletableFuture<Boolean> load(boolean loud) {
    ClinicPractitioner p = practitioner.get();
    ClinicPractitioner.Location l = location.get();
    List<LocalDate> shown = shownDays();
    ZoneId zone = l.zone();
    Instant from = shown.get(0).atStartOfDay(zone).toInstant();
    Instant to = shown.get(shown.size() - 1).plusDays(1).atStartOfDay(zone).toInstant();
    long mine = ++generation;
    title.set(title(shown, l));
    String key = p.id() + "/" + l.id() + "/" + shown;
    if (!key.equals(shownKey)) {
      // another range or calendar: never leave the previous one's items on the new grid
      shownKey = key;
      days.setAll(CalendarLayout.columns(shown, zone, empty(), l.id(), today(zone)));
      blocks.clear();
    }
    inFlight++;
    busy.set(loud || busy.get());
    lastLoad =
        CompletableFuture.supplyAsync(() -> api.calendar(session, p.id(), from, to), background)
            .handleAsync(
                (result, failure) -> {
                  inFlight--;
                  busy.set(inFlight > 0);
                  if (mine != generation) {
                    return false;
                  }
                  ApiResult<CalendarSnapshot> outcome =
                      result != null
                          ? result
                          : new ApiResult.Unreachable<>(String.valueOf(failure));
                  if (outcome instanceof ApiResult.Ok<CalendarSnapshot> ok) {
                    show(shown, l, ok.value());
                    return true;
                  }
                  if (loud || outcome instanceof ApiResult.Unauthorized) {
                    fail(outcome);
                  } else {
                    status.set("Not refreshed at " + now() + ": " + outcome.message());
                  }
                  return false;
                },
                ui);
    return lastLoad;
  }

  private void show(List<LocalDate> shown, ClinicPractitioner.Location l, CalendarSnapshot s) {
    ZoneId zone = l.zone();
    List<DayColumn> columns = CalendarLayout.columns(shown, zone, s, l.id(), today(zone));
    List<CalendarBlock> placed = CalendarLayout.blocks(shown, zone, s, l.id(), motiveNames());
    if (!columns.equals(days)) {
      days.setAll(columns);
    }
    if (!placed.equals(blocks)) {
      blocks.setAll(placed);
    }
    snapshot.set(Optional.of(s));
    long appointments = s.appointments().stream().filter(a -> a.locationId() == l.id()).count();
    status.set(
        appointments
            + (appointments == 1 ? " appointment" : " appointments")
            + " · times in "
            + zone.getId()
            + " · updated "
            + now());
  }

  private String now() {
    return CLOCK.format(clock.instant().atZone(zone()));
  }

  private static String title(List<LocalDate> shown, ClinicPractitioner.Location l) {
    LocalDate first = shown.get(0);
    LocalDate last = shown.get(shown.size() - 1);
    String dates =
        first.equals(last)
            ? first.format(DateTimeFormatter.ofPattern("EEEE d MMM yyyy", Locale.ENGLISH))
            : TITLE_DATE.format(first) + " – " + TITLE_DATE.format(last);
    return dates + " · " + l.name() + " (" + l.zone().getId() + ")";
  }

  private static CalendarSnapshot empty() {
    return new CalendarSnapshot(List.of(), List.of(), List.of(), List.of(), List.of());
  }

  private Map<Long, String> motiveNames() {
    ClinicPractitioner p = practitioner.get();
    return p == null
        ? Map.of()
        : p.motives().stream()
            .collect(
                Collectors.toMap(
                    ClinicPractitioner.Motive::id, ClinicPractitioner.Motive::name, (a, b) -> a));
  }

  private <T> CompletableFuture<Boolean> change(Supplier<ApiResult<T>> call, String done) {
    return call(call, value -> status.set(done))
        .thenCompose(
            ok -> ok ? refresh().thenApply(r -> true) : CompletableFuture.completedFuture(false));
  }

  private <T> CompletableFuture<Boolean> call(Supplier<ApiResult<T>> call, Consumer<T> apply) {
    inFlight++;
    busy.set(true);
    return CompletableFuture.supplyAsync(call, background)
        .handleAsync(
            (result, failure) -> {
              inFlight--;
              busy.set(inFlight > 0);
              ApiResult<T> outcome =
                  result != null ? result : new ApiResult.Unreachable<>(String.valueOf(failure));
              if (outcome instanceof ApiResult.Ok<T> ok) {
                apply.accept(ok.value());
                return true;
              }
              fail(outcome);
              return false;
            },
            ui);
  }

  private void fail(ApiResult<?> outcome) {
    if (outcome instanceof ApiResult.Unauthorized) {
      if (!expired) {
        expired = true;
        stop();
        onSessionExpired.run();
      }
      return;
    }
    status.set(outcome.message());
    onError.accept(outcome.message());
  }

  public ObservableList<ClinicPractitioner> practitioners() {
    return practitioners;
  }

  public ObjectProperty<ClinicPractitioner> practitionerProperty() {
    return practitioner;
  }

  public ObservableList<ClinicPractitioner.Location> locations() {
    return locations;
  }

  public ObjectProperty<ClinicPractitioner.Location> locationProperty() {
    return location;
  }

  public ObjectProperty<CalendarMode> modeProperty() {
    return mode;
  }

  public ReadOnlyObjectProperty<LocalDate> anchorProperty() {
    return anchor.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public ObservableList<DayColumn> days() {
    return days;
  }

  public ObservableList<CalendarBlock> blocks() {
    return blocks;
  }

  /** The last calendar shown; empty before the first answer. */
  public ReadOnlyObjectProperty<Optional<CalendarSnapshot>> snapshotProperty() {
    return snapshot.getReadOnlyProperty();
  }

  public String signedInEmail() {
    return session.email();
  }
}
