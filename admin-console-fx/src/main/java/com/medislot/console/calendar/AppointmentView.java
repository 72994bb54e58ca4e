package com.medislot.console.calendar;

import atlantafx.base.theme.Styles;
import java.util.Optional;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** An appointment's details over {@code Appointment.fxml}, with cancelling it. */
final class AppointmentView {

  static final ButtonType CANCEL_APPOINTMENT =
      new ButtonType("Cancel appointment", ButtonBar.ButtonData.OTHER);
  static final ButtonType CLOSE = new ButtonType("Close", ButtonBar.ButtonData.CANCEL_CLOSE);

  @FXML private Label motive;
  @FXML private Label when;
  @FXML private Label where;
  @FXML private Label state;
  @FXML private TextArea reason;

  private final AppointmentViewModel model;
  private final Dialog<ButtonType> dialog = new Dialog<>();
  private final Parent content;

  AppointmentView(AppointmentViewModel model) {
    this.model = model;
    content = Dialogs.load("Appointment.fxml", this);
    motive.setText(model.motive());
    when.setText(model.when());
    where.setText(model.location());
    state.setText(model.status());
    reason.textProperty().bindBidirectional(model.reasonProperty());
    dialog.getDialogPane().getButtonTypes().setAll(CANCEL_APPOINTMENT, CLOSE);
    dialog.getDialogPane().setId("appointmentDialog");
    Platform.runLater(reason::requestFocus);
  }

  /** The reason when the user chose to cancel the appointment; empty when they closed. */
  Optional<String> showAndWait(Window owner) {
    Dialogs.prepare(dialog, owner, model.heading(), content);
    Button cancel = (Button) dialog.getDialogPane().lookupButton(CANCEL_APPOINTMENT);
    cancel.setId("cancelAppointment");
    cancel.getStyleClass().add(Styles.DANGER);
    cancel.disableProperty().bind(model.canCancelProperty().not());
    return dialog
        .showAndWait()
        .filter(CANCEL_APPOINTMENT::equals)
        .map(b -> model.reasonProperty().get().strip());
  }
}
