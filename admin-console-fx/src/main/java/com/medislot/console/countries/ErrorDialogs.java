package com.medislot.console.countries;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Parent;
import javafx.scene.control.Alert;

/** Shows a view model's alert message in an error dialog, once, then clears it. */
final class ErrorDialogs {

  private ErrorDialogs() {}

  static void show(ReadOnlyStringProperty alert, Runnable clear, Parent owner) {
    alert.addListener(
        (property, before, message) -> {
          if (message == null || message.isEmpty()) {
            return;
          }
          Alert dialog = new Alert(Alert.AlertType.ERROR, message);
          dialog.setHeaderText(null);
          dialog.setTitle("Medislot console");
          if (owner.getScene() != null && owner.getScene().getWindow() != null) {
            dialog.initOwner(owner.getScene().getWindow());
          }
          clear.run();
          dialog.show();
        });
  }
}
