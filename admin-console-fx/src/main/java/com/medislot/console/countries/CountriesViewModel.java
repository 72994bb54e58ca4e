package com.medislot.console.countries;

import com.medislot.console.session.Session;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The live countries the signed-in administrator manages. Holds no scene-graph types; properties
 * change on the UI executor's thread only.
 */
public final class CountriesViewModel {

  private final Session session;
  private final CountriesApi api;
  private final Executor background;
  private final Executor ui;
  private final ApiCalls calls;

  private final ObservableList<String> countries = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyStringWrapper alert = new ReadOnlyStringWrapper(this, "alert", "");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

  /**
   * @param onSessionExpired called through {@code ui} when the server no longer accepts the token
   */
  public CountriesViewModel(
      Session session,
      CountriesApi api,
      Executor background,
      Executor ui,
      Runnable onSessionExpired) {
    this.session = Objects.requireNonNull(session, "session");
    this.api = Objects.requireNonNull(api, "api");
    this.background = Objects.requireNonNull(background, "background");
    this.ui = Objects.requireNonNull(ui, "ui");
    this.calls = new ApiCalls(onSessionExpired, alert::set);
  }

  /** Reads the live countries off the UI thread; completes once the list is updated. */
  public CompletableFuture<Void> load() {
    busy.set(true);
    status.set("Loading the live countries…");
    return CompletableFuture.supplyAsync(() -> api.liveCountries(session), background)
        .handleAsync(
            (result, failure) -> {
              busy.set(false);
              if (failure != null) {
                status.set("");
                alert.set(ApiCalls.unexpected(failure));
                return null;
              }
              calls
                  .valueOrReport(result)
                  .ifPresentOrElse(
                      this::show, () -> status.set("The live countries could not be read"));
              return null;
            },
            ui);
  }

  private void show(List<LiveCountry> live) {
    countries.setAll(live.stream().map(CountriesViewModel::describe).toList());
    status.set(live.isEmpty() ? "No live country you manage" : live.size() + " live countries");
  }

  static String describe(LiveCountry c) {
    return c.code()
        + " — "
        + c.name()
        + " ("
        + c.defaultZone()
        + ", "
        + c.currency()
        + ") imported "
        + c.importedAt();
  }

  public ObservableList<String> countries() {
    return countries;
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** A message for an error dialog; empty when there is none. */
  public ReadOnlyStringProperty alertProperty() {
    return alert.getReadOnlyProperty();
  }

  public void clearAlert() {
    alert.set("");
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }
}
