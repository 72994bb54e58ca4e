package com.medislot.console.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.medislot.console.ConsoleSettings;
import com.medislot.console.ConsoleWindow;
import com.medislot.console.FxWait;
import com.medislot.console.StaffApiStub;
import com.medislot.console.api.HttpAuthApi;
import com.medislot.console.api.HttpStaffApi;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real console window (headless Monocle) as a staff member against a local HTTP stub of
 * the API. "Today" is Wednesday 14 October 2026; the next week is the one whose Sunday has 25 hours
 * in Paris, where the stub's appointments are.
 */
@ExtendWith(ApplicationExtension.class)
class StaffCalendarFlowTest {

  static final Clock WEDNESDAY =
      Clock.fixed(
          LocalDateTime.of(2026, 10, 14, 10, 0).atZone(StaffApiStub.PARIS).toInstant(),
          ZoneOffset.UTC);
  static final LocalDate DST_MONDAY = LocalDate.of(2026, 10, 19);

  private StaffApiStub stub;
  private ExecutorService background;
  private Stage stage;

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    stub = StaffApiStub.start(DST_MONDAY);
    background = Executors.newCachedThreadPool();
    new ConsoleWindow(
            stage,
            new ConsoleSettings(stub.apiUrl()),
            HttpAuthApi.create(),
            HttpStaffApi.create(),
            new CalendarSettings(Duration.ofSeconds(1)),
            WEDNESDAY,
            background,
            Platform::runLater)
        .showLogin();
    stage.show();
  }

  /** Leaves the screen (which stops its polling) and closes dialogs before the next test. */
  @AfterEach
  void tearDown(FxRobot robot) throws Exception {
    WaitForAsyncUtils.asyncFx(
            () -> {
              robot.listTargetWindows().stream()
                  .filter(w -> w != stage && w instanceof Stage)
                  .forEach(w -> ((Stage) w).close());
              stage.getScene().setRoot(new javafx.scene.Group());
            })
        .get(10, TimeUnit.SECONDS);
    background.shutdownNow();
    stub.close();
  }

  private void signIn(FxRobot robot) throws Exception {
    robot.clickOn("#email").write(StaffApiStub.EMAIL);
    robot.clickOn("#password").write(StaffApiStub.PASSWORD);
    robot.clickOn("#signIn");
    awaitText(robot, "#title", "12 Oct 2026 – 18 Oct 2026 · Cabinet Voltaire (Europe/Paris)");
  }

  private void awaitText(FxRobot robot, String query, String text) throws Exception {
    try {
      FxWait.until(
          15,
          () ->
              robot
                  .lookup(query)
                  .tryQuery()
                  .map(n -> text.equals(((Label) n).getText()))
                  .orElse(false));
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError(
          query
              + " shows "
              + robot.lookup(query).tryQuery().map(n -> ((Label) n).getText())
              + " instead of "
              + text
              + "; requests: "
              + stub.requests(),
          e);
    }
  }

  private static void awaitPresent(FxRobot robot, String query, boolean present) throws Exception {
    FxWait.until(15, () -> robot.lookup(query).tryQuery().isPresent() == present);
  }

  @Test
  void staffSeeTheDaylightSavingWeekCreateAnExceptionAndCancelAnAppointment(FxRobot robot)
      throws Exception {
    stub.book(
        1,
        LocalDateTime.of(2026, 10, 25, 9, 0).atZone(StaffApiStub.PARIS).toInstant(),
        Duration.ofMinutes(20));
    signIn(robot);

    robot.clickOn("#next");
    awaitText(robot, "#title", "19 Oct 2026 – 25 Oct 2026 · Cabinet Voltaire (Europe/Paris)");
    awaitPresent(robot, "#appointment-501-0", true);
    awaitPresent(robot, "#appointment-1001-6", true);
    assertThat(robot.lookup("#day-2026-10-25").queryButton().getText()).contains("(25 h)");
    // 09:00 local sits at the 09:00 line on the 24-hour Monday and on the 25-hour Sunday
    Node monday = robot.lookup("#appointment-501-0").query();
    assertThat(robot.lookup(".block-appointment").queryAll().stream().map(Node::getId))
        .contains("appointment-1001-6");
    Node sunday = robot.lookup("#appointment-1001-6").query();
    assertThat(monday.getLayoutY()).isEqualTo(9 * CalendarView.HOUR_HEIGHT + 1);
    assertThat(sunday.getLayoutY()).isEqualTo(monday.getLayoutY());
    assertThat(sunday.getLayoutX()).isGreaterThan(monday.getLayoutX());

    // a block on Wednesday 10:00–11:00, local time
    robot.clickOn("#newException");
    awaitPresent(robot, "#exceptionEditor", true);
    robot.clickOn("#kind").clickOn("Block (no bookings)");
    robot.doubleClickOn("#fromTime").eraseText(5).write("10:00");
    robot.doubleClickOn("#toTime").eraseText(5).write("11:00");
    robot.clickOn("#reason").write("Team meeting");
    robot.clickOn("#createException");
    awaitPresent(robot, "#exceptionEditor", false);
    FxWait.until(
        15,
        () ->
            stub.requests().stream()
                .anyMatch(r -> r.method().equals("POST") && r.path().endsWith("/exceptions")));
    StaffApiStub.Request posted =
        stub.requests().stream()
            .filter(r -> r.path().endsWith("/exceptions"))
            .findFirst()
            .orElseThrow();
    JsonObject body = Json.createReader(new StringReader(posted.body())).readObject();
    assertThat(body.getString("kind")).isEqualTo("BLOCK");
    assertThat(body.getString("start")).isEqualTo("2026-10-21T08:00:00Z");
    assertThat(body.getString("end")).isEqualTo("2026-10-21T09:00:00Z");
    assertThat(body.getJsonNumber("locationId").longValue()).isEqualTo(StaffApiStub.LOCATION);
    awaitPresent(robot, "#exception-1002-2", true);
    assertThat(robot.lookup("#exception-1002-2").queryButton().getLayoutY())
        .isEqualTo(10 * CalendarView.HOUR_HEIGHT + 1);

    // cancel Tuesday's 10:20 appointment with a reason
    awaitPresent(robot, "#appointment-502-1", true); // the grid is redrawn after the block
    robot.clickOn("#appointment-502-1");
    awaitPresent(robot, "#appointmentDialog", true);
    Button cancel = robot.lookup("#cancelAppointment").queryButton();
    assertThat(cancel.isDisabled()).isTrue();
    robot.clickOn("#appointmentDialog .text-area").write("Dr Martin is ill");
    assertThat(cancel.isDisabled()).isFalse();
    robot.clickOn("#cancelAppointment");
    FxWait.until(
        15,
        () ->
            robot.lookup("#appointment-502-1").tryQuery().isEmpty()
                && robot.lookup("#appointment-503-1").tryQuery().isPresent());
    assertThat(stub.cancellations()).containsEntry(502L, "Dr Martin is ill");

    // keyboard: Page Down shows the following week
    robot.type(KeyCode.PAGE_DOWN);
    awaitText(robot, "#title", "26 Oct 2026 – 1 Nov 2026 · Cabinet Voltaire (Europe/Paris)");
    // the header is drawn at once and named again when the week's calendar (its holidays) arrives
    FxWait.until(
        15,
        () ->
            robot
                .lookup("#day-2026-11-01")
                .tryQuery()
                .map(n -> ((Button) n).getText().contains("Toussaint"))
                .orElse(false));
  }

  /** The screen point of a wall-clock time on a day column of the grid. */
  private static Point2D onGrid(FxRobot robot, int day, double hours) throws Exception {
    Pane grid = robot.lookup("#grid").query();
    return WaitForAsyncUtils.asyncFx(
            () -> {
              double column = (grid.getWidth() - CalendarView.GUTTER) / 7;
              return grid.localToScreen(
                  CalendarView.GUTTER + (day + 0.5) * column, hours * CalendarView.HOUR_HEIGHT);
            })
        .get(10, TimeUnit.SECONDS);
  }

  @Test
  void draggingDownADayColumnOpensTheExceptionDialogWithThatRange(FxRobot robot) throws Exception {
    signIn(robot);
    robot.clickOn("#next");
    awaitPresent(robot, "#appointment-501-0", true);

    // Sunday 25 October, the 25-hour day: from 3 px below 14:00 to 3 px below 15:30
    Point2D from = onGrid(robot, 6, 14 + 3 / CalendarView.HOUR_HEIGHT);
    Point2D to = onGrid(robot, 6, 15.5 + 3 / CalendarView.HOUR_HEIGHT);
    robot.drag(from, MouseButton.PRIMARY).moveTo(to);
    Label selection = robot.lookup("#dragSelection").query();
    assertThat(selection.getText()).isEqualTo("14:00 – 15:30");
    assertThat(selection.getLayoutY()).isEqualTo(14 * CalendarView.HOUR_HEIGHT);
    assertThat(selection.getHeight()).isEqualTo(1.5 * CalendarView.HOUR_HEIGHT);
    robot.release(MouseButton.PRIMARY);

    awaitPresent(robot, "#exceptionEditor", true);
    assertThat(robot.lookup("#dragSelection").tryQuery()).isEmpty();
    assertThat(robot.lookup("#fromDate").queryAs(DatePicker.class).getValue())
        .isEqualTo(LocalDate.of(2026, 10, 25));
    assertThat(robot.lookup("#fromTime").queryTextInputControl().getText()).isEqualTo("14:00");
    assertThat(robot.lookup("#toTime").queryTextInputControl().getText()).isEqualTo("15:30");
    // the kind is chosen in the dialog (the legend below the grid has the same words)
    robot.clickOn("#kind");
    FxWait.until(5, () -> kindOption(robot).isPresent());
    robot.clickOn(kindOption(robot).orElseThrow());
    assertThat(robot.lookup("#kind").queryComboBox().getValue())
        .isEqualTo(ExceptionEditorViewModel.Kind.EXTRA_OPENING);
    robot.clickOn("#createException");

    awaitPresent(robot, "#exceptionEditor", false);
    FxWait.until(
        15, () -> stub.requests().stream().anyMatch(r -> r.path().endsWith("/exceptions")));
    StaffApiStub.Request posted =
        stub.requests().stream()
            .filter(r -> r.path().endsWith("/exceptions"))
            .findFirst()
            .orElseThrow();
    assertThat(posted.method()).isEqualTo("POST");
    JsonObject body = Json.createReader(new StringReader(posted.body())).readObject();
    assertThat(body.getString("kind")).isEqualTo("EXTRA_OPENING");
    // winter time (+01:00) again by the afternoon of the 25-hour day
    assertThat(body.getString("start")).isEqualTo("2026-10-25T13:00:00Z");
    assertThat(body.getString("end")).isEqualTo("2026-10-25T14:30:00Z");
    FxWait.until(15, () -> robot.lookup("#grid .block-extra_opening").tryQuery().isPresent());
    Node created = robot.lookup("#grid .block-extra_opening").query();
    assertThat(created.getId()).startsWith("exception-").endsWith("-6");
    assertThat(created.getLayoutY()).isEqualTo(14 * CalendarView.HOUR_HEIGHT + 1);
  }

  private static java.util.Optional<Node> kindOption(FxRobot robot) {
    return robot.lookup(".combo-box-popup .list-cell").queryAll().stream()
        .filter(c -> "Extra opening".equals(((Labeled) c).getText()) && c.isVisible())
        .findFirst();
  }

  @Test
  void escapeDropsADragWithoutOpeningTheDialog(FxRobot robot) throws Exception {
    signIn(robot);
    awaitPresent(robot, "#day-2026-10-14", true);

    robot.drag(onGrid(robot, 2, 10.05), MouseButton.PRIMARY).moveTo(onGrid(robot, 2, 11.5));
    assertThat(robot.lookup("#dragSelection").tryQuery()).isPresent();
    robot.type(KeyCode.ESCAPE);
    assertThat(robot.lookup("#dragSelection").tryQuery()).isEmpty();
    robot.release(MouseButton.PRIMARY);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(robot.lookup("#exceptionEditor").tryQuery()).isEmpty();
    assertThat(stub.requests()).noneMatch(r -> r.path().endsWith("/exceptions"));
  }

  @Test
  void removingAnExceptionAsksFirst(FxRobot robot) throws Exception {
    signIn(robot);
    robot.clickOn("#next");
    awaitPresent(robot, "#exception-601-4", true);

    robot.clickOn("#exception-601-4");
    robot.clickOn("#confirmRemove");

    awaitPresent(robot, "#exception-601-4", false);
    assertThat(stub.requests())
        .anyMatch(r -> r.method().equals("DELETE") && r.path().endsWith("/exceptions/601"));
  }

  @Test
  void theDayViewAndTheWeeklyTemplateDialog(FxRobot robot) throws Exception {
    signIn(robot);
    robot.clickOn("#next");
    awaitPresent(robot, "#day-2026-10-20", true);

    robot.clickOn("#day-2026-10-20");
    awaitText(robot, "#title", "Tuesday 20 Oct 2026 · Cabinet Voltaire (Europe/Paris)");
    awaitPresent(robot, "#appointment-502-0", true);

    robot.clickOn("#editTemplate");
    awaitPresent(robot, "#templateEditor", true);
    robot.clickOn("#day").clickOn("SUNDAY");
    robot.doubleClickOn("#start").eraseText(5).write("10:00");
    robot.doubleClickOn("#end").eraseText(5).write("12:00");
    robot.clickOn("#add");
    robot.clickOn("#saveTemplate");
    FxWait.until(15, () -> stub.requests().stream().anyMatch(r -> r.method().equals("PUT")));
    String sent =
        stub.requests().stream()
            .filter(r -> r.method().equals("PUT"))
            .findFirst()
            .orElseThrow()
            .body();
    assertThat(sent)
        .contains("{\"locationId\":11,\"day\":\"SUNDAY\",\"start\":\"10:00\",\"end\":\"12:00\"");
    assertThat(sent).contains("\"day\":\"SATURDAY\"");
  }

  @Test
  void aChangeMadeElsewhereAppearsByItself(FxRobot robot) throws Exception {
    signIn(robot);
    robot.clickOn("#next");
    awaitPresent(robot, "#appointment-501-0", true);

    long booked =
        stub.book(
            1,
            LocalDateTime.of(2026, 10, 22, 16, 0).atZone(StaffApiStub.PARIS).toInstant(),
            Duration.ofMinutes(20));

    awaitPresent(robot, "#appointment-" + booked + "-3", true);
  }

  @Test
  void anExpiredTokenLeadsBackToSignIn(FxRobot robot) throws Exception {
    signIn(robot);
    stub.expireTokens(); // the next automatic refresh meets the 401

    awaitText(robot, "#error", "Your session has expired. Please sign in again.");
    assertThat(robot.lookup("#signIn").tryQuery()).isPresent();
    assertThat(robot.lookup("#title").tryQuery()).isEmpty();
  }

  @Test
  void aServerThatIsDownIsExplainedInADialog(FxRobot robot) throws Exception {
    signIn(robot);
    stub.close();

    robot.clickOn("#next");

    awaitPresent(robot, "#errorDialog", true);
    DialogPane dialog = robot.lookup("#errorDialog").query();
    assertThat(dialog.getContentText()).contains("The server cannot be reached");
    assertThat(robot.lookup("#title").tryQuery()).isPresent();
  }
}
