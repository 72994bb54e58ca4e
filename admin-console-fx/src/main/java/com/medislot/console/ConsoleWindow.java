package com.medislot.console;

import atlantafx.base.theme.PrimerLight;
import com.medislot.console.api.AuthApi;
import com.medislot.console.api.HttpStaffApi;
import com.medislot.console.api.StaffApi;
import com.medislot.console.calendar.CalendarSettings;
import com.medislot.console.calendar.CalendarView;
import com.medislot.console.calendar.CalendarViewModel;
import com.medislot.console.calendar.FxTicker;
import com.medislot.console.countries.CountriesApi;
import com.medislot.console.countries.CountriesView;
import com.medislot.console.countries.CountriesViewModel;
import com.medislot.console.countries.CountryImportView;
import com.medislot.console.countries.CountryImportViewModel;
import com.medislot.console.countries.FilePicker;
import com.medislot.console.countries.HttpCountriesApi;
import com.medislot.console.home.HomeView;
import com.medislot.console.home.HomeViewModel;
import com.medislot.console.login.LoginView;
import com.medislot.console.login.LoginViewModel;
import com.medislot.console.session.Session;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The console's one window and the screen it shows. Used on the FX thread only. */
public final class ConsoleWindow {

  static final double WIDTH = 960;
  static final double HEIGHT = 640;
  static final double CALENDAR_WIDTH = 1280;
  static final double CALENDAR_HEIGHT = 800;

  /** The console's own rules over the theme. */
  static final String STYLESHEET = ConsoleWindow.class.getResource("console.css").toExternalForm();

  private final Stage stage;
  private final ConsoleSettings settings;
  private final AuthApi authApi;
  private final Executor background;
  private final Executor ui;
  private final StaffApi staffApi;
  private final CalendarSettings calendarSettings;
  private final Clock clock;
  private final CountriesApi countriesApi = HttpCountriesApi.create();
  private FilePicker filePicker = FilePicker.fileChooser();

  /**
   * @param background runs network and file work, never the FX thread
   * @param ui runs results on the FX thread ({@code Platform::runLater})
   */
  public ConsoleWindow(
      Stage stage, ConsoleSettings settings, AuthApi authApi, Executor background, Executor ui) {
    this(
        stage,
        settings,
        authApi,
        HttpStaffApi.create(),
        CalendarSettings.from(System::getProperty),
        Clock.systemUTC(),
        background,
        ui);
  }

  /**
   * @param clock decides what "today" is on the calendar (in each location's zone)
   */
  public ConsoleWindow(
      Stage stage,
      ConsoleSettings settings,
      AuthApi authApi,
      StaffApi staffApi,
      CalendarSettings calendarSettings,
      Clock clock,
      Executor background,
      Executor ui) {
    this.stage = stage;
    this.settings = settings;
    this.authApi = authApi;
    this.staffApi = staffApi;
    this.calendarSettings = calendarSettings;
    this.clock = clock;
    this.background = background;
    this.ui = ui;
    applyTheme();
    stage.setTitle("Medislot console");
  }

  /**
   * Every control, dialogs included, is drawn by the AtlantaFX Primer Light theme (ADR 0015). Set
   * here, where the console's window is made, so tests and screenshots see what users see.
   */
  public static void applyTheme() {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
  }

  /** Replaces the open-file dialog of the import wizard (tests pick a fixed file). */
  public ConsoleWindow useFilePicker(FilePicker picker) {
    this.filePicker = Objects.requireNonNull(picker, "picker");
    return this;
  }

  public void showLogin() {
    showLogin("");
  }

  /** The sign-in screen with a notice, e.g. why the previous session ended. */
  public void showLogin(String notice) {
    LoginViewModel model =
        new LoginViewModel(settings.apiUrl(), authApi, background, ui, this::showHome);
    model.showNotice(notice);
    show(new LoginView(model).root());
  }

  /** Staff run their clinic's calendars. */
  private void showCalendar(Session session) {
    CalendarViewModel model =
        new CalendarViewModel(
            session,
            staffApi,
            background,
            ui,
            clock,
            () -> showLogin("Your session has expired. Please sign in again."));
    show(new CalendarView(model, this::showLogin).root());
    stage.setWidth(Math.max(stage.getWidth(), CALENDAR_WIDTH));
    stage.setHeight(Math.max(stage.getHeight(), CALENDAR_HEIGHT));
    model.start();
    model.startPolling(new FxTicker(), calendarSettings.refreshInterval());
  }

  private void showHome(Session session) {
    if (session.roles().contains("staff")) {
      showCalendar(session);
      return;
    }
    HomeViewModel model = HomeViewModel.withBundledCountries(session, background, ui);
    HomeView home = new HomeView(model);
    if (model.managesCountries()) {
      home.onManageCountries(() -> showCountries(session));
    }
    show(home.root());
    model.loadCountries();
  }

  private void showCountries(Session session) {
    CountriesViewModel model =
        new CountriesViewModel(session, countriesApi, background, ui, this::showLogin);
    show(
        new CountriesView(model, () -> showHome(session), () -> showCountryImport(session)).root());
    model.load();
  }

  private void showCountryImport(Session session) {
    CountryImportViewModel model =
        new CountryImportViewModel(session, countriesApi, background, ui, this::showLogin);
    show(new CountryImportView(model, filePicker, () -> showCountries(session)).root());
  }

  private void show(Parent root) {
    if (stage.getScene() == null) {
      Scene scene = new Scene(root, WIDTH, HEIGHT);
      scene.getStylesheets().add(STYLESHEET);
      stage.setScene(scene);
    } else {
      stage.getScene().setRoot(root);
    }
  }
}
