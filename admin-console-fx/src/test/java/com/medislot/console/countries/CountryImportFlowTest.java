package com.medislot.console.countries;

import static org.assertj.core.api.Assertions.assertThat;

import com.medislot.console.ConsoleSettings;
import com.medislot.console.ConsoleWindow;
import com.medislot.console.FxWait;
import com.medislot.console.api.HttpAuthApi;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotInterface;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real console window (headless Monocle) through the import wizard against a stub of the
 * API on 127.0.0.1 that validates and compares files with the shared library.
 */
@ExtendWith(ApplicationExtension.class)
class CountryImportFlowTest {

  @TempDir static Path dir;

  private CountriesStubApi server;
  private ExecutorService background;
  private final AtomicReference<Path> nextFile = new AtomicReference<>();

  @Start
  void start(Stage stage) throws Exception {
    server = new CountriesStubApi(CountryImportViewModelTest.bundledFrance());
    background = Executors.newCachedThreadPool();
    new ConsoleWindow(
            stage,
            new ConsoleSettings(server.apiUrl()),
            HttpAuthApi.create(),
            background,
            Platform::runLater)
        .useFilePicker(owner -> Optional.ofNullable(nextFile.get()))
        .showLogin();
    stage.show();
  }

  @AfterEach
  void stop() {
    background.shutdownNow();
    server.close();
  }

  private void signInAndOpenTheWizard(FxRobot robot) throws Exception {
    click(robot, "#email").write(CountriesStubApi.EMAIL);
    click(robot, "#password").write(CountriesStubApi.PASSWORD);
    click(robot, "#signIn");
    waitFor(() -> robot.lookup("#manageCountries").tryQuery().isPresent());
    click(robot, "#manageCountries");
    waitFor(
        () ->
            !robot.lookup("#countries").queryListView().getItems().isEmpty()
                && robot.lookup("#importFile").tryQuery().isPresent());
    assertThat(robot.lookup("#countries").queryListView().getItems())
        .singleElement()
        .asString()
        .startsWith("FR — France (Europe/Paris, EUR)");
    click(robot, "#importFile");
    waitFor(() -> robot.lookup("#choose").tryQuery().isPresent());
  }

  @Test
  void aBadFileThenAChangedFileThenApplyThenTheLiveList(FxRobot robot) throws Exception {
    signInAndOpenTheWizard(robot);
    String france = CountryImportViewModelTest.bundledFrance();

    nextFile.set(write("FR.json", france.replace("\"Europe/Paris\"", "\"Europe/Atlantis\"")));
    click(robot, "#choose");
    waitFor(() -> !list(robot, "#errors").getItems().isEmpty());
    assertThat(list(robot, "#errors").getItems())
        .singleElement()
        .asString()
        .startsWith("FR.json:")
        .contains("timeZones[0].zone");
    assertThat(robot.lookup("#apply").queryAs(Button.class).isDisabled()).isTrue();
    assertThat(server.requests).noneMatch(r -> r.startsWith("POST"));

    String changed = france.replace("\"minimumNotice\": \"PT2H\"", "\"minimumNotice\": \"PT4H\"");
    nextFile.set(write("FR.json", changed));
    click(robot, "#choose");
    waitFor(() -> !list(robot, "#changes").getItems().isEmpty());
    assertThat(list(robot, "#changes").getItems())
        .containsExactly("bookingRules.minimumNotice: PT2H → PT4H");
    assertThat(robot.lookup("#summary").queryAs(Label.class).getText())
        .isEqualTo("1 field(s) of FR would change");
    assertThat(server.liveFile("FR")).isEqualTo(france);

    waitFor(() -> !robot.lookup("#apply").queryAs(Button.class).isDisabled());
    click(robot, "#apply");
    waitFor(() -> robot.lookup("#summary").queryAs(Label.class).getText().contains("changed"));
    assertThat(robot.lookup("#summary").queryAs(Label.class).getText())
        .isEqualTo("1 field(s) of FR changed; free slots of 3 practitioners recomputed");
    assertThat(server.liveFile("FR")).isEqualTo(changed);
    assertThat(robot.lookup("#apply").queryAs(Button.class).isDisabled()).isTrue();

    click(robot, "#back");
    waitFor(
        () ->
            robot.lookup("#countries").tryQuery().isPresent()
                && !robot.lookup("#countries").queryListView().getItems().isEmpty());
    assertThat(robot.lookup("#countries").queryListView().getItems())
        .singleElement()
        .asString()
        .endsWith("imported 2026-11-25T12:00:00Z");
  }

  @Test
  void anExpiredTokenLeadsBackToTheSignInScreen(FxRobot robot) throws Exception {
    signInAndOpenTheWizard(robot);
    server.expireTokens();
    nextFile.set(write("FR.json", CountryImportViewModelTest.bundledFrance()));
    click(robot, "#choose");
    waitFor(() -> robot.lookup("#signIn").tryQuery().isPresent());
    assertThat(robot.lookup("#choose").tryQuery()).isEmpty();
  }

  /**
   * Clicks a node found once the FX thread is idle: a lookup by query while the window swaps
   * screens can meet nodes that just left their scene.
   */
  private static FxRobotInterface click(FxRobot robot, String id) {
    WaitForAsyncUtils.waitForFxEvents();
    javafx.scene.Node node = robot.lookup(id).query();
    return robot.clickOn(node);
  }

  private static ListView<String> list(FxRobot robot, String id) {
    return robot.lookup(id).<ListView<String>>query();
  }

  private static Path write(String name, String text) throws Exception {
    Path folder = Files.createTempDirectory(dir, "files");
    return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
    FxWait.until(30, condition);
  }
}
