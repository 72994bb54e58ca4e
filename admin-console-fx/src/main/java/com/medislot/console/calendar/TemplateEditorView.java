package com.medislot.console.calendar;

import com.medislot.console.api.CalendarSnapshot.Opening;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** The weekly template dialog over {@code TemplateEditor.fxml}. */
final class TemplateEditorView {

  static final ButtonType SAVE = new ButtonType("Save template", ButtonBar.ButtonData.OK_DONE);

  @FXML private Label intro;
  @FXML private ListView<Opening> ranges;
  @FXML private ComboBox<DayOfWeek> day;
  @FXML private TextField start;
  @FXML private TextField end;
  @FXML private Button add;
  @FXML private Button remove;
  @FXML private Label error;

  private final TemplateEditorViewModel model;
  private final Dialog<ButtonType> dialog = new Dialog<>();
  private final Parent content;

  TemplateEditorView(TemplateEditorViewModel model, String locationName) {
    this.model = model;
    content = Dialogs.load("TemplateEditor.fxml", this);
    intro.setText(
        "Opening hours at "
            + locationName
            + ", in its local time. Saving replaces the template; other locations keep theirs.");
    ranges.setItems(model.ranges());
    ranges.setCellFactory(
        list ->
            new ListCell<>() {
              @Override
              protected void updateItem(Opening item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : TemplateEditorViewModel.describe(item));
              }
            });
    day.getItems().setAll(DayOfWeek.values());
    day.valueProperty().bindBidirectional(model.dayProperty());
    start.textProperty().bindBidirectional(model.startProperty());
    end.textProperty().bindBidirectional(model.endProperty());
    add.setOnAction(e -> model.add());
    add.setDefaultButton(false);
    remove.disableProperty().bind(ranges.getSelectionModel().selectedItemProperty().isNull());
    remove.setOnAction(e -> model.remove(ranges.getSelectionModel().getSelectedItem()));
    error.textProperty().bind(model.errorProperty());
    dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, SAVE);
    dialog.getDialogPane().setId("templateEditor");
  }

  /** The whole template to save; empty when the user cancelled. */
  Optional<List<Opening>> showAndWait(Window owner) {
    Dialogs.prepare(dialog, owner, "Weekly template", content);
    ((Button) dialog.getDialogPane().lookupButton(SAVE)).setId("saveTemplate");
    return dialog.showAndWait().filter(SAVE::equals).map(b -> model.result());
  }
}
