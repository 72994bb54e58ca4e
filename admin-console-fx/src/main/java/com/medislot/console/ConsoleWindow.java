package com.medislot.console;

import com.medislot.console.api.AuthApi;
import com.medislot.console.home.HomeView;
import com.medislot.console.home.HomeViewModel;
import com.medislot.console.login.LoginView;
import com.medislot.console.login.LoginViewModel;
import com.medislot.console.session.Session;
import java.util.concurrent.Executor;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The console's one window and the screen it shows. Used on the FX thread only. */
public final class ConsoleWindow {

  static final double WIDTH = 960;
  static final double HEIGHT = 640;

  private final Stage stage;
  private final ConsoleSettings settings;
  private final AuthApi authApi;
  private final Executor background;
  private final Executor ui;

  /**
   * @param background runs network and file work, never the FX thread
   * @param ui runs results on the FX thread ({@code Platform::runLater})
   */
  public ConsoleWindow(
      Stage stage, ConsoleSettings settings, AuthApi authApi, Executor background, Executor ui) {
    this.stage = stage;
    this.settings = settings;
    this.authApi = authApi;
    this.background = background;
    this.ui = ui;
    stage.setTitle("Medislot console");
  }

  public void showLogin() {
    LoginViewModel model =
        new LoginViewModel(settings.apiUrl(), authApi, background, ui, this::showHome);
    show(new LoginView(model).root());
  }

  private void showHome(Session session) {
    HomeViewModel model = HomeViewModel.withBundledCountries(session, background, ui);
    show(new HomeView(model).root());
    model.loadCountries();
  }

  private void show(Parent root) {
    if (stage.getScene() == null) {
      stage.setScene(new Scene(root, WIDTH, HEIGHT));
    } else {
      stage.getScene().setRoot(root);
    }
  }
}
