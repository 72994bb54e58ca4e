package com.medislot.console.login;

import static org.assertj.core.api.Assertions.assertThat;

import com.medislot.console.ConsoleSettings;
import com.medislot.console.ConsoleWindow;
import com.medislot.console.FxWait;
import com.medislot.console.StubApiServer;
import com.medislot.console.api.HttpAuthApi;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drives the real window (headless Monocle) against a stub of the API. */
@ExtendWith(ApplicationExtension.class)
class SignInFlowTest {

  private static StubApiServer server;
  private static ExecutorService background;

  @BeforeAll
  static void startServer() throws Exception {
    server = StubApiServer.start(List.of("admin"));
    background = Executors.newCachedThreadPool();
  }

  @AfterAll
  static void stopServer() {
    background.shutdownNow();
    server.close();
  }

  @Start
  void start(Stage stage) {
    new ConsoleWindow(
            stage,
            new ConsoleSettings(server.apiUrl()),
            HttpAuthApi.create(),
            background,
            Platform::runLater)
        .showLogin();
    stage.show();
  }

  @Test
  void typingCredentialsAndSigningInShowsTheHomeScreen(FxRobot robot) throws Exception {
    robot.clickOn("#email").write(StubApiServer.EMAIL);
    robot.clickOn("#password").write(StubApiServer.PASSWORD);
    robot.clickOn("#signIn");

    FxWait.until(15, () -> robot.lookup("#signedInEmail").tryQuery().isPresent());
    assertThat(robot.lookup("#signedInEmail").queryAs(Label.class).getText())
        .isEqualTo(StubApiServer.EMAIL);
    assertThat(robot.lookup("#roles").queryAs(Label.class).getText()).isEqualTo("admin");
    FxWait.until(30, () -> !robot.lookup("#countries").queryListView().getItems().isEmpty());
    ListView<?> countries = robot.lookup("#countries").queryListView();
    assertThat(countries.getItems())
        .hasSize(5)
        .anyMatch(item -> item.toString().startsWith("FR — France"));
  }

  @Test
  void aWrongPasswordKeepsTheLoginScreenAndSaysWhy(FxRobot robot) throws Exception {
    robot.clickOn("#email").write(StubApiServer.EMAIL);
    robot.clickOn("#password").write("wrong");
    robot.clickOn("#signIn");

    FxWait.until(15, () -> !robot.lookup("#error").queryAs(Label.class).getText().isEmpty());
    assertThat(robot.lookup("#error").queryAs(Label.class).getText())
        .isEqualTo("Wrong email or password");
    assertThat(robot.lookup("#signedInEmail").tryQuery()).isEmpty();
  }
}
