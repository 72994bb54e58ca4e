package com.medislot.console.home;

import com.medislot.console.session.Session;
import com.medislot.country.CountryDefinition;
import com.medislot.country.CountryFiles;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the home screen. Holds no scene-graph types; properties are touched on the UI executor's
 * thread only.
 */
public final class HomeViewModel {

  private final Session session;
  private final Supplier<List<CountryDefinition>> countrySource;
  private final Executor background;
  private final Executor ui;

  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ObservableList<String> countries = FXCollections.observableArrayList();

  /**
   * @param countrySource reads the countries; called on {@code background}
   */
  public HomeViewModel(
      Session session,
      Supplier<List<CountryDefinition>> countrySource,
      Executor background,
      Executor ui) {
    this.session = Objects.requireNonNull(session, "session");
    this.countrySource = Objects.requireNonNull(countrySource, "countrySource");
    this.background = Objects.requireNonNull(background, "background");
    this.ui = Objects.requireNonNull(ui, "ui");
  }

  /** Lists the country files bundled with the console through the shared country library. */
  public static HomeViewModel withBundledCountries(
      Session session, Executor background, Executor ui) {
    return new HomeViewModel(session, HomeViewModel::bundledCountries, background, ui);
  }

  static List<CountryDefinition> bundledCountries() {
    return CountryFiles.bundledCodes().stream().map(CountryFiles::bundled).toList();
  }

  /** Reads the countries off the UI thread; the future completes once the list is updated. */
  public CompletableFuture<Void> loadCountries() {
    status.set("Loading countries…");
    return CompletableFuture.supplyAsync(countrySource, background)
        .handleAsync(
            (loaded, failure) -> {
              if (failure != null) {
                countries.clear();
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                status.set("Countries cannot be read: " + cause.getMessage());
              } else {
                countries.setAll(loaded.stream().map(HomeViewModel::describe).toList());
                status.set(loaded.size() + " countries");
              }
              return null;
            },
            ui);
  }

  static String describe(CountryDefinition country) {
    return country.code()
        + " — "
        + country.name()
        + " ("
        + country.defaultZone()
        + ", "
        + country.currency().getCurrencyCode()
        + ")";
  }

  public String email() {
    return session.email();
  }

  /** The session's roles for display; "no role" when the token carries none. */
  public String roles() {
    return session.roles().isEmpty() ? "no role" : String.join(", ", session.roles());
  }

  /** True for admins and country admins: they may open the live countries and the import. */
  public boolean managesCountries() {
    return session.roles().contains("admin") || session.roles().contains("country-admin");
  }

  public String apiBase() {
    return session.apiBase().toString();
  }

  public ObservableList<String> countries() {
    return countries;
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }
}
