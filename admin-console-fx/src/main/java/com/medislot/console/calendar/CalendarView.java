package com.medislot.console.calendar;

import atlantafx.base.theme.Styles;
import com.medislot.console.api.ClinicPractitioner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;

/**
 * Loads {@code Calendar.fxml}, binds it to a {@link CalendarViewModel} and draws the grid: one
 * column per local day, one row per wall-clock hour of the location's zone.
 */
public final class CalendarView {

  /** Pixels per wall-clock hour of the grid. */
  public static final double HOUR_HEIGHT = 48;

  /** Width of the hour labels left of the first day column. */
  public static final double GUTTER = 56;

  static final int FIRST_VISIBLE_HOUR = 7;

  /** Dragged ranges snap to quarter hours. */
  static final int DRAG_STEP_MINUTES = 15;

  /** A press that moves less than this is a click, not a drag. */
  static final double DRAG_THRESHOLD = 4;

  @FXML private ComboBox<ClinicPractitioner> practitioner;
  @FXML private ComboBox<ClinicPractitioner.Location> locationChoice;
  @FXML private ToggleGroup modes;
  @FXML private ToggleButton weekMode;
  @FXML private ToggleButton dayMode;
  @FXML private Button previous;
  @FXML private Button today;
  @FXML private Button next;
  @FXML private Button refresh;
  @FXML private Button newException;
  @FXML private Button editTemplate;
  @FXML private Button signOut;
  @FXML private Label title;
  @FXML private Label signedInAs;
  @FXML private Label status;
  @FXML private ProgressIndicator progress;
  @FXML private Pane header;
  @FXML private ScrollPane scroll;
  @FXML private Pane grid;

  private final CalendarViewModel model;
  private final Parent root;
  // the drag under way on an empty part of a day column, if any
  private int dragColumn = -1;
  private double dragPressY;
  private DragRange dragRange;
  private final Label dragSelection = new Label();

  /**
   * @param onSignOut called when the user signs out
   */
  public CalendarView(CalendarViewModel model, Runnable onSignOut) {
    this.model = Objects.requireNonNull(model, "model");
    FXMLLoader loader = new FXMLLoader(CalendarView.class.getResource("Calendar.fxml"));
    loader.setController(this);
    try {
      root = loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException("Calendar.fxml cannot be loaded", e);
    }
    root.getStylesheets().add(CalendarView.class.getResource("calendar.css").toExternalForm());
    bindSelection();
    bindNavigation(onSignOut);
    model.days().addListener((ListChangeListener<DayColumn>) c -> redraw());
    model.blocks().addListener((ListChangeListener<CalendarBlock>) c -> redraw());
    grid.widthProperty().addListener((o, was, now) -> redraw());
    grid.setPrefHeight(24 * HOUR_HEIGHT);
    grid.setMinHeight(24 * HOUR_HEIGHT);
    grid.setOnMouseClicked(
        e -> {
          if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
            newExceptionAt(e.getX(), e.getY());
          }
        });
    bindDragToCreate();
    model.setOnError(this::showError);
    // leaving the screen, whatever the way, ends its polling
    root.sceneProperty()
        .addListener(
            (o, was, now) -> {
              if (was != null && now == null) {
                model.stop();
              }
            });
    signedInAs.setText(model.signedInEmail());
    // the working day, not midnight, is what staff look at first
    Platform.runLater(() -> scroll.setVvalue(FIRST_VISIBLE_HOUR / (24.0 - visibleHours())));
    redraw();
  }

  private double visibleHours() {
    double viewport = scroll.getViewportBounds().getHeight();
    return viewport <= 0 ? 12 : Math.min(23, viewport / HOUR_HEIGHT);
  }

  private void bindSelection() {
    practitioner.setItems(model.practitioners());
    practitioner.valueProperty().bindBidirectional(model.practitionerProperty());
    locationChoice.setItems(model.locations());
    locationChoice.valueProperty().bindBidirectional(model.locationProperty());
    weekMode.setUserData(CalendarMode.WEEK);
    dayMode.setUserData(CalendarMode.DAY);
    modes
        .selectedToggleProperty()
        .addListener(
            (o, was, now) -> {
              if (now == null) {
                was.setSelected(true); // one mode is always chosen
              } else {
                model.modeProperty().set((CalendarMode) now.getUserData());
              }
            });
    model
        .modeProperty()
        .addListener(
            (o, was, now) -> (now == CalendarMode.WEEK ? weekMode : dayMode).setSelected(true));
    title.textProperty().bind(model.titleProperty());
    status.textProperty().bind(model.statusProperty());
    progress.visibleProperty().bind(model.busyProperty());
  }

  private void bindNavigation(Runnable onSignOut) {
    previous.setOnAction(e -> model.previous());
    next.setOnAction(e -> model.next());
    today.setOnAction(e -> model.today());
    refresh.setOnAction(e -> model.refresh());
    newException.setOnAction(e -> openExceptionEditor(currentDate(), LocalTime.of(9, 0)));
    editTemplate.setOnAction(e -> openTemplateEditor());
    signOut.setOnAction(
        e -> {
          model.stop();
          onSignOut.run();
        });
    var noSelection = model.locationProperty().isNull();
    for (Button b : new Button[] {previous, next, today, refresh, newException, editTemplate}) {
      b.disableProperty().bind(noSelection);
    }
    root.sceneProperty()
        .addListener(
            (o, was, scene) -> {
              if (scene != null) {
                scene
                    .getAccelerators()
                    .put(new KeyCodeCombination(KeyCode.PAGE_UP), () -> model.previous());
                scene
                    .getAccelerators()
                    .put(new KeyCodeCombination(KeyCode.PAGE_DOWN), () -> model.next());
                scene
                    .getAccelerators()
                    .put(new KeyCodeCombination(KeyCode.F5), () -> model.refresh());
                scene
                    .getAccelerators()
                    .put(
                        new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                        () -> newException.fire());
              }
            });
  }

  private LocalDate currentDate() {
    return model.anchorProperty().get() == null ? LocalDate.now() : model.anchorProperty().get();
  }

  /** Redraws the header and the grid from the model; cheap enough to do on every change. */
  private void redraw() {
    int dayCount = Math.max(1, model.days().size());
    double width = Math.max(grid.getWidth(), 400);
    double column = (width - GUTTER) / dayCount;
    drawHeader(column);
    grid.getChildren().clear();
    for (int i = 0; i < model.days().size(); i++) {
      DayColumn day = model.days().get(i);
      if (day.holiday().isPresent()) {
        Region shade = new Region();
        shade.getStyleClass().add("holiday-column");
        shade.setMouseTransparent(true);
        shade.setManaged(false);
        shade.resizeRelocate(GUTTER + i * column, 0, column, 24 * HOUR_HEIGHT);
        grid.getChildren().add(shade);
      }
    }
    for (int hour = 0; hour <= 24; hour++) {
      double y = hour * HOUR_HEIGHT;
      Line line = new Line(GUTTER, y, width, y);
      line.getStyleClass().add("hour-line");
      line.setMouseTransparent(true);
      grid.getChildren().add(line);
      if (hour < 24) {
        Label label = new Label(String.format("%02d:00", hour));
        label.getStyleClass().add("hour-label");
        label.setMouseTransparent(true);
        label.relocate(6, y + 2);
        grid.getChildren().add(label);
      }
    }
    for (int i = 0; i <= dayCount; i++) {
      Line line = new Line(GUTTER + i * column, 0, GUTTER + i * column, 24 * HOUR_HEIGHT);
      line.getStyleClass().add("day-line");
      line.setMouseTransparent(true);
      grid.getChildren().add(line);
    }
    for (CalendarBlock block : model.blocks()) {
      grid.getChildren().add(blockNode(block, column));
    }
    if (dragRange != null) {
      grid.getChildren().add(dragSelection);
      drawDragSelection();
    }
  }

  /**
   * Pressing on an empty part of a day column and dragging selects a time range (snapped, in the
   * location's zone); releasing opens the exception dialog with it, Escape drops it.
   */
  private void bindDragToCreate() {
    // lines, labels and shading let the pointer through, so a drag's target is the grid itself,
    // which a reload that redraws the grid mid-drag does not remove
    dragSelection.getStyleClass().add("drag-selection");
    dragSelection.setId("dragSelection");
    dragSelection.setMouseTransparent(true);
    dragSelection.setManaged(false);
    dragSelection.setMinSize(0, 0);
    grid.addEventHandler(
        MouseEvent.MOUSE_PRESSED,
        e -> {
          cancelDrag();
          if (e.getButton() == MouseButton.PRIMARY
              && e.getClickCount() == 1
              && model.locationProperty().get() != null
              && !model.days().isEmpty()
              && e.getX() >= GUTTER
              && !onCalendarItem(e)) {
            dragColumn = columnAt(e.getX());
            dragPressY = e.getY();
          }
        });
    grid.addEventHandler(
        MouseEvent.MOUSE_DRAGGED,
        e -> {
          if (dragColumn < 0 || dragColumn >= model.days().size()) {
            return;
          }
          if (dragRange == null && Math.abs(e.getY() - dragPressY) < DRAG_THRESHOLD) {
            return;
          }
          boolean starting = dragRange == null;
          dragRange =
              DragRange.between(
                  model.days().get(dragColumn).date(),
                  model.locationProperty().get().zone(),
                  dragPressY,
                  e.getY(),
                  HOUR_HEIGHT,
                  DRAG_STEP_MINUTES);
          if (starting) {
            grid.getChildren().add(dragSelection);
          }
          drawDragSelection();
          e.consume();
        });
    grid.addEventHandler(
        MouseEvent.MOUSE_RELEASED,
        e -> {
          DragRange range = dragRange;
          cancelDrag();
          if (range != null && !range.isEmpty()) {
            e.consume();
            openExceptionEditor(range);
          }
        });
    // on the scene, so Escape reaches it whatever has the focus; the scene outlives this screen
    EventHandler<KeyEvent> escape =
        e -> {
          if (e.getCode() == KeyCode.ESCAPE && dragColumn >= 0) {
            cancelDrag();
            e.consume();
          }
        };
    root.sceneProperty()
        .addListener(
            (o, was, now) -> {
              if (was != null) {
                was.removeEventFilter(KeyEvent.KEY_PRESSED, escape);
              }
              if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, escape);
              }
            });
  }

  private void drawDragSelection() {
    double column = (grid.getWidth() - GUTTER) / Math.max(1, model.days().size());
    double top = dragRange.startMinute() / 60.0 * HOUR_HEIGHT;
    double bottom = dragRange.endMinute() / 60.0 * HOUR_HEIGHT;
    dragSelection.setText(
        CalendarLayout.TIME.format(dragRange.start())
            + " – "
            + CalendarLayout.TIME.format(dragRange.end()));
    dragSelection.resizeRelocate(GUTTER + dragColumn * column + 2, top, column - 4, bottom - top);
  }

  private void cancelDrag() {
    dragColumn = -1;
    dragRange = null;
    grid.getChildren().remove(dragSelection);
  }

  /** Appointments and exceptions are buttons of their own: a press on them is no drag. */
  private boolean onCalendarItem(MouseEvent e) {
    for (Node n = e.getPickResult().getIntersectedNode();
        n != null && n != grid;
        n = n.getParent()) {
      if (n instanceof ButtonBase) {
        return true;
      }
    }
    return false;
  }

  private int columnAt(double x) {
    int dayCount = model.days().size();
    double column = (grid.getWidth() - GUTTER) / dayCount;
    return (int) Math.min(dayCount - 1, Math.max(0, (x - GUTTER) / column));
  }

  private void drawHeader(double column) {
    header.getChildren().clear();
    for (int i = 0; i < model.days().size(); i++) {
      DayColumn day = model.days().get(i);
      StringBuilder text = new StringBuilder(day.label());
      if (day.hours() != 24) {
        text.append(" (").append(day.hours()).append(" h)");
      }
      day.holiday().ifPresent(h -> text.append('\n').append(h));
      Button label = new Button(text.toString());
      label.getStyleClass().addAll(Styles.FLAT, "day-header");
      if (day.today()) {
        label.getStyleClass().add("today");
      }
      label.setId("day-" + day.date());
      label.setAccessibleText("Show " + text.toString().replace('\n', ' ') + " alone");
      label.setTooltip(new Tooltip("Show this day"));
      label.setOnAction(e -> model.showDay(day.date()));
      label.resizeRelocate(GUTTER + i * column, 0, column, 46);
      label.setPrefSize(column, 46);
      header.getChildren().add(label);
    }
  }

  private Node blockNode(CalendarBlock block, double column) {
    double x = GUTTER + block.day() * column;
    double y = block.startMinute() / 60.0 * HOUR_HEIGHT;
    double height = Math.max(14, (block.endMinute() - block.startMinute()) / 60.0 * HOUR_HEIGHT);
    String styleClass = "block-" + block.kind().name().toLowerCase(java.util.Locale.ROOT);
    if (block.kind() == BlockKind.FREE) {
      Label free = new Label(height >= 28 ? "Free " + block.detail() : "");
      free.getStyleClass().addAll("block", styleClass);
      free.setMouseTransparent(true);
      free.setManaged(false);
      free.resizeRelocate(x + 2, y + 1, column - 4, height - 2);
      return free;
    }
    boolean appointment = block.kind() == BlockKind.APPOINTMENT;
    double inset = appointment ? 10 : 2;
    // a short item gets one line: its time and what it is
    String time = block.detail().split(" · ", 2)[0];
    Button button =
        new Button(
            height >= 34 ? block.title() + "\n" + block.detail() : time + "  " + block.title());
    button.getStyleClass().addAll("block", styleClass);
    button.setId((appointment ? "appointment-" : "exception-") + block.refId() + "-" + block.day());
    button.setAccessibleText(block.kind().label() + ", " + block.title() + ", " + block.detail());
    button.setTooltip(new Tooltip(block.title() + "\n" + block.detail()));
    button.setMinSize(0, 0);
    button.setWrapText(height >= 34);
    button.setManaged(false);
    button.resizeRelocate(x + inset, y + 1, column - inset - 2, height - 2);
    button.setOnAction(
        e -> {
          if (appointment) {
            openAppointment(block.refId());
          } else {
            confirmRemoval(block);
          }
        });
    return button;
  }

  private void newExceptionAt(double x, double y) {
    int dayCount = model.days().size();
    if (dayCount == 0 || x < GUTTER) {
      return;
    }
    int index = columnAt(x);
    int hour = (int) Math.min(23, Math.max(0, y / HOUR_HEIGHT));
    openExceptionEditor(model.days().get(index).date(), LocalTime.of(hour, 0));
  }

  private void openExceptionEditor(LocalDate date, LocalTime time) {
    ClinicPractitioner.Location where = model.locationProperty().get();
    if (where == null) {
      return;
    }
    ExceptionEditorViewModel editor =
        new ExceptionEditorViewModel(where.zone(), where.id(), where.name(), date);
    editor.fromTimeProperty().set(time.toString());
    editor.toTimeProperty().set(time.plusHours(time.getHour() < 23 ? 1 : 0).toString());
    showExceptionEditor(editor);
  }

  private void openExceptionEditor(DragRange range) {
    ClinicPractitioner.Location where = model.locationProperty().get();
    if (where == null) {
      return;
    }
    ExceptionEditorViewModel editor =
        new ExceptionEditorViewModel(where.zone(), where.id(), where.name(), range.day());
    editor.prefill(range.start(), range.end());
    showExceptionEditor(editor);
  }

  private void showExceptionEditor(ExceptionEditorViewModel editor) {
    new ExceptionEditorView(editor)
        .showAndWait(root.getScene().getWindow())
        .ifPresent(model::addException);
  }

  private void openTemplateEditor() {
    ClinicPractitioner.Location where = model.locationProperty().get();
    model
        .snapshotProperty()
        .get()
        .ifPresent(
            snapshot -> {
              TemplateEditorViewModel editor =
                  new TemplateEditorViewModel(snapshot.template(), where.id());
              new TemplateEditorView(editor, where.toString())
                  .showAndWait(root.getScene().getWindow())
                  .ifPresent(model::replaceTemplate);
            });
  }

  private void openAppointment(long id) {
    ClinicPractitioner.Location where = model.locationProperty().get();
    model
        .appointment(id)
        .ifPresent(
            a -> {
              AppointmentViewModel details =
                  new AppointmentViewModel(
                      a, model.motiveName(a.motiveId()), where.toString(), where.zone());
              new AppointmentView(details)
                  .showAndWait(root.getScene().getWindow())
                  .ifPresent(reason -> model.cancelAppointment(id, reason));
            });
  }

  private void confirmRemoval(CalendarBlock block) {
    Alert confirm =
        new Alert(
            Alert.AlertType.CONFIRMATION,
            block.title() + "\n" + block.detail(),
            ButtonType.CANCEL,
            ButtonType.OK);
    confirm.initOwner(root.getScene().getWindow());
    confirm.setTitle("Remove exception");
    confirm.setHeaderText("Remove this exception?");
    Button remove = (Button) confirm.getDialogPane().lookupButton(ButtonType.OK);
    remove.setText("Remove");
    remove.setId("confirmRemove");
    remove.getStyleClass().add(Styles.DANGER);
    confirm
        .showAndWait()
        .filter(ButtonType.OK::equals)
        .ifPresent(ok -> model.removeException(block.refId()));
  }

  private void showError(String message) {
    Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
    if (root.getScene() != null) {
      alert.initOwner(root.getScene().getWindow());
    }
    alert.setTitle("Medislot");
    alert.setHeaderText("The calendar could not be updated");
    alert.getDialogPane().setId("errorDialog");
    alert.show();
  }

  public Parent root() {
    return root;
  }
}
