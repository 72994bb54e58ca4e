package com.medislot.console.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** What the calendar's dialogs share: loading their FXML, styling and owning window. */
final class Dialogs {

  private Dialogs() {}

  static Parent load(String fxml, Object controller) {
    FXMLLoader loader = new FXMLLoader(Dialogs.class.getResource(fxml));
    loader.setController(controller);
    try {
      return loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException(fxml + " cannot be loaded", e);
    }
  }

  static void prepare(Dialog<?> dialog, Window owner, String title, Parent content) {
    if (owner != null) {
      dialog.initOwner(owner);
    }
    dialog.setTitle(title);
    dialog.setHeaderText(title);
    dialog.getDialogPane().setContent(content);
    dialog
        .getDialogPane()
        .getStylesheets()
        .add(Dialogs.class.getResource("calendar.css").toExternalForm());
    dialog.setResizable(true);
  }
}
