package com.medislot.console.calendar;

import com.medislot.console.api.ExceptionRequest;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** The "new exception" dialog over {@code ExceptionEditor.fxml}. */
final class ExceptionEditorView {

  static final ButtonType CREATE = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);

  @FXML private ComboBox<ExceptionEditorViewModel.Kind> kind;
  @FXML private DatePicker fromDate;
  @FXML private TextField fromTime;
  @FXML private DatePicker toDate;
  @FXML private TextField toTime;
  @FXML private CheckBox wholeDays;
  @FXML private CheckBox thisLocationOnly;
  @FXML private TextField reason;
  @FXML private Label zoneNote;
  @FXML private Label error;

  private final ExceptionEditorViewModel model;
  private final Dialog<ButtonType> dialog = new Dialog<>();
  private final Parent content;

  ExceptionEditorView(ExceptionEditorViewModel model) {
    this.model = model;
    content = Dialogs.load("ExceptionEditor.fxml", this);
    kind.getItems().setAll(ExceptionEditorViewModel.Kind.values());
    kind.valueProperty().bindBidirectional(model.kindProperty());
    fromDate.valueProperty().bindBidirectional(model.fromDateProperty());
    toDate.valueProperty().bindBidirectional(model.toDateProperty());
    fromTime.textProperty().bindBidirectional(model.fromTimeProperty());
    toTime.textProperty().bindBidirectional(model.toTimeProperty());
    wholeDays.selectedProperty().bindBidirectional(model.wholeDaysProperty());
    thisLocationOnly.selectedProperty().bindBidirectional(model.thisLocationOnlyProperty());
    thisLocationOnly.setText("Only at this _location (otherwise all of the practitioner's)");
    reason.textProperty().bindBidirectional(model.reasonProperty());
    fromTime.disableProperty().bind(model.wholeDaysProperty());
    toTime.disableProperty().bind(model.wholeDaysProperty());
    zoneNote.setText(model.zoneNote());
    error.textProperty().bind(model.errorProperty());
    dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, CREATE);
    dialog.getDialogPane().setId("exceptionEditor");
    Platform.runLater(kind::requestFocus);
  }

  /** The request when the user pressed Create with valid input; empty when they cancelled. */
  Optional<ExceptionRequest> showAndWait(Window owner) {
    Dialogs.prepare(dialog, owner, "New calendar exception", content);
    Button create = (Button) dialog.getDialogPane().lookupButton(CREATE);
    create.setId("createException");
    AtomicReference<Optional<ExceptionRequest>> result = new AtomicReference<>(Optional.empty());
    // keep the dialog open until the input is acceptable
    create.addEventFilter(
        ActionEvent.ACTION,
        e -> {
          result.set(model.request());
          if (result.get().isEmpty()) {
            e.consume();
          }
        });
    Optional<ButtonType> pressed = dialog.showAndWait();
    return pressed.filter(CREATE::equals).flatMap(b -> result.get());
  }
}
