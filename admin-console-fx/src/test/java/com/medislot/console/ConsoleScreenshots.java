package com.medislot.console;

import com.medislot.console.api.HttpAuthApi;
import com.medislot.console.api.HttpStaffApi;
import com.medislot.console.calendar.CalendarSettings;
import com.medislot.console.calendar.CalendarView;
import com.medislot.console.countries.CountriesStubApi;
import com.medislot.country.CountryFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;

/**
 * Renders the console's main screens to PNG files: the real window at 1280×800 against {@link
 * StaffApiStub}, "today" being Wednesday 11 November 2026 (a public holiday in France), then the
 * live countries and the import wizard against {@link CountriesStubApi}. Run by {@code
 * scripts/screenshots.sh} under Xvfb; the only argument is the output directory.
 */
public final class ConsoleScreenshots {

  static final Clock ARMISTICE_WEDNESDAY =
      Clock.fixed(
          LocalDateTime.of(2026, 11, 11, 10, 0).atZone(StaffApiStub.PARIS).toInstant(),
          ZoneOffset.UTC);

  private final Path out;
  private Stage stage;

  private ConsoleScreenshots(Path out) {
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
    Files.createDirectories(out);
    Platform.startup(() -> {});
    Platform.setImplicitExit(false); // the calendar's window closes before the next one opens
    try {
      new ConsoleScreenshots(out).run();
    } finally {
      Platform.exit();
    }
    System.exit(0);
  }

  private void run() throws Exception {
    calendarScreens();
    countryScreens();
  }

  private void calendarScreens() throws Exception {
    ExecutorService background = Executors.newCachedThreadPool();
    try (StaffApiStub stub = StaffApiStub.start(LocalDate.of(2026, 11, 9))) {
      onFx(
          () -> {
            stage = new Stage();
            new ConsoleWindow(
                    stage,
                    new ConsoleSettings(stub.apiUrl()),
                    HttpAuthApi.create(),
                    HttpStaffApi.create(),
                    new CalendarSettings(Duration.ofMinutes(10)),
                    ARMISTICE_WEDNESDAY,
                    background,
                    Platform::runLater)
                .showLogin();
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
            return null;
          });
      onFx(
          () -> {
            ((TextField) find("#email")).setText(StaffApiStub.EMAIL);
            ((TextField) find("#password")).setText(StaffApiStub.PASSWORD);
            return null;
          });
      save(stage.getScene(), "login.png");

      fire("#signIn");
      await(() -> text("#title").startsWith("9 Nov 2026") && has(".block-appointment"));
      settle();
      save(stage.getScene(), "calendar-week.png");

      fire("#appointment-502-1");
      Scene appointment = awaitDialog("#appointmentDialog");
      onFx(
          () -> {
            ((TextArea) appointment.lookup(".text-area")).setText("Dr Martin is ill today");
            return null;
          });
      save(appointment, "appointment-dialog.png");
      close(appointment);

      fire("#newException");
      Scene exception = awaitDialog("#exceptionEditor");
      onFx(
          () -> {
            ((TextField) exception.lookup("#reason")).setText("Team meeting");
            return null;
          });
      save(exception, "exception-dialog.png");
      close(exception);

      // Thursday 12 November, dragging from 10:00 down to 11:30
      mouse(MouseEvent.MOUSE_PRESSED, 3, 10.05);
      mouse(MouseEvent.MOUSE_DRAGGED, 3, 10.8);
      mouse(MouseEvent.MOUSE_DRAGGED, 3, 11.55);
      settle();
      save(stage.getScene(), "calendar-drag.png");
      Platform.runLater(
          () -> {
            try {
              mouse(MouseEvent.MOUSE_RELEASED, 3, 11.55);
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          });
      Scene dragged = awaitDialog("#exceptionEditor");
      save(dragged, "drag-exception-dialog.png");
      close(dragged);

      fire("#editTemplate");
      Scene template = awaitDialog("#templateEditor");
      save(template, "template-dialog.png");
      close(template);

      fire("#day-2026-11-10");
      await(() -> text("#title").startsWith("Tuesday 10 Nov 2026") && has(".block-appointment"));
      settle();
      save(stage.getScene(), "calendar-day.png");
      onFx(
          () -> {
            stage.close();
            return null;
          });
    } finally {
      background.shutdownNow();
    }
  }

  /**
   * A country administrator: the live countries, then the import wizard with a file that has
   * errors, a file that changes the live one, and the applied result.
   */
  private void countryScreens() throws Exception {
    ExecutorService background = Executors.newCachedThreadPool();
    Path files = Files.createTempDirectory("medislot-screenshots");
    AtomicReference<Path> nextFile = new AtomicReference<>();
    String france = bundled("FR");
    try (CountriesStubApi stub = new CountriesStubApi(france)) {
      stub.putLive("DE", bundled("DE"), "2026-11-02T09:30:00Z");
      stub.putLive("ES", bundled("ES"), "2026-11-03T14:05:00Z");
      stub.putLive("IT", bundled("IT"), "2026-11-05T07:45:00Z");
      onFx(
          () -> {
            stage = new Stage();
            new ConsoleWindow(
                    stage,
                    new ConsoleSettings(stub.apiUrl()),
                    HttpAuthApi.create(),
                    background,
                    Platform::runLater)
                .useFilePicker(owner -> Optional.ofNullable(nextFile.get()))
                .showLogin();
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
            ((TextField) find("#email")).setText(CountriesStubApi.EMAIL);
            ((TextField) find("#password")).setText(CountriesStubApi.PASSWORD);
            return null;
          });
      fire("#signIn");
      await(() -> has("#manageCountries") && onFx(() -> find("#manageCountries").isVisible()));
      fire("#manageCountries");
      await(() -> onFx(() -> list("#countries").getItems().size() == 4));
      settle();
      save(stage.getScene(), "countries-live.png");

      fire("#importFile");
      await(() -> has("#choose"));
      nextFile.set(
          Files.writeString(
              files.resolve("FR.json"),
              france
                  .replace("\"Europe/Paris\"", "\"Europe/Atlantis\"")
                  .replace("\"minimumNotice\": \"PT2H\"", "\"minimumNotice\": \"two hours\"")
                  .replace("\"currency\": \"EUR\"", "\"currency\": \"EURO\""),
              StandardCharsets.UTF_8));
      fire("#choose");
      await(() -> onFx(() -> !list("#errors").getItems().isEmpty()));
      settle();
      save(stage.getScene(), "import-errors.png");

      nextFile.set(
          Files.writeString(
              files.resolve("FR.json"),
              france
                  .replace("\"minimumNotice\": \"PT2H\"", "\"minimumNotice\": \"PT4H\"")
                  .replace("\"bookingHorizon\": \"P90D\"", "\"bookingHorizon\": \"P120D\"")
                  .replace(
                      "\"additions\": []",
                      "\"additions\": [{ \"date\": \"2026-12-24\", \"name\": \"Réveillon de Noël\" }]")
                  .replace("\"removals\": []", "\"removals\": [\"2027-05-17\"]"),
              StandardCharsets.UTF_8));
      fire("#choose");
      await(() -> onFx(() -> !list("#changes").getItems().isEmpty()));
      await(() -> onFx(() -> !find("#apply").isDisabled()));
      settle();
      save(stage.getScene(), "import-preview.png");

      fire("#apply");
      await(() -> text("#summary").contains("changed"));
      settle();
      save(stage.getScene(), "import-applied.png");
    } finally {
      background.shutdownNow();
    }
  }

  private static String bundled(String code) throws IOException {
    try (InputStream in =
        CountryFiles.class.getResourceAsStream(CountryFiles.BUNDLED_FOLDER + code + ".json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @SuppressWarnings("unchecked")
  private ListView<String> list(String selector) {
    return (ListView<String>) find(selector);
  }

  /** A mouse event on the grid at a wall-clock hour of a day column, as the pointer makes it. */
  private void mouse(EventType<MouseEvent> type, int day, double hours) throws Exception {
    Runnable fire =
        () -> {
          Pane grid = (Pane) find("#grid");
          double column = (grid.getWidth() - CalendarView.GUTTER) / 7;
          double x = CalendarView.GUTTER + (day + 0.5) * column;
          double y = hours * CalendarView.HOUR_HEIGHT;
          // an event's x and y are taken in the scene, and made local to each node on its way
          Point2D scene = grid.localToScene(x, y);
          Point2D screen = grid.localToScreen(x, y);
          grid.fireEvent(
              new MouseEvent(
                  type,
                  scene.getX(),
                  scene.getY(),
                  screen.getX(),
                  screen.getY(),
                  MouseButton.PRIMARY,
                  1,
                  false,
                  false,
                  false,
                  false,
                  type != MouseEvent.MOUSE_RELEASED,
                  false,
                  false,
                  false,
                  false,
                  type == MouseEvent.MOUSE_PRESSED,
                  new PickResult(grid, scene.getX(), scene.getY())));
        };
    if (Platform.isFxApplicationThread()) {
      fire.run();
    } else {
      onFx(
          () -> {
            fire.run();
            return null;
          });
    }
  }

  private Node find(String selector) {
    return Optional.ofNullable(stage.getScene().lookup(selector))
        .orElseThrow(() -> new IllegalStateException("no " + selector + " on screen"));
  }

  private String text(String selector) throws Exception {
    return onFx(
        () -> {
          Node node = stage.getScene().lookup(selector);
          return node instanceof Label label ? label.getText() : "";
        });
  }

  private boolean has(String selector) throws Exception {
    return onFx(() -> stage.getScene().lookup(selector) != null);
  }

  /** Fires a button later on the FX thread: a dialog it opens must not block this thread. */
  private void fire(String selector) throws Exception {
    Node node = onFx(() -> find(selector));
    Platform.runLater(() -> ((ButtonBase) node).fire());
  }

  private Scene awaitDialog(String paneId) throws Exception {
    await(() -> onFx(() -> dialogScene(paneId).isPresent()));
    settle();
    return onFx(() -> dialogScene(paneId).orElseThrow());
  }

  private static Optional<Scene> dialogScene(String paneId) {
    List<Window> windows = List.copyOf(Window.getWindows());
    return windows.stream()
        .map(Window::getScene)
        .filter(s -> s != null && s.lookup(paneId) != null)
        .findFirst();
  }

  private void close(Scene dialog) throws Exception {
    onFx(
        () -> {
          dialog.getWindow().hide();
          return null;
        });
    await(() -> onFx(() -> !dialog.getWindow().isShowing()));
  }

  /** Lets layout and CSS finish before a picture is taken. */
  private static void settle() throws InterruptedException {
    Thread.sleep(700);
  }

  private void save(Scene scene, String name) throws Exception {
    WritableImage image = onFx(() -> scene.snapshot(null));
    int width = (int) image.getWidth();
    int height = (int) image.getHeight();
    BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    PixelReader pixels = image.getPixelReader();
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        png.setRGB(x, y, pixels.getArgb(x, y));
      }
    }
    Path file = out.resolve(name);
    if (!ImageIO.write(png, "png", file.toFile())) {
      throw new IOException("no PNG writer");
    }
    System.out.println("wrote " + file + " (" + width + "×" + height + ")");
  }

  private static void await(Callable<Boolean> condition) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.call()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the console did not reach the expected screen");
      }
      Thread.sleep(100);
    }
  }

  private static <T> T onFx(Callable<T> work) throws Exception {
    FutureTask<T> task = new FutureTask<>(work);
    Platform.runLater(task);
    return task.get(30, TimeUnit.SECONDS);
  }
}
