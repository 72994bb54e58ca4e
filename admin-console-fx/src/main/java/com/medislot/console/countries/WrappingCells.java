package com.medislot.console.countries;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/**
 * List cells that wrap long lines to the list's width, so a long error or change is read in full
 * instead of behind a horizontal scroll bar.
 */
final class WrappingCells {

  /** Room for the vertical scroll bar and the cell's padding. */
  private static final double INSET = 32;

  private WrappingCells() {}

  static void install(ListView<String> list) {
    list.getStyleClass().add("wrapping-list");
    list.setCellFactory(
        view ->
            new ListCell<>() {
              {
                setWrapText(true);
                prefWidthProperty().bind(view.widthProperty().subtract(INSET));
                setMaxWidth(USE_PREF_SIZE);
              }

              @Override
              protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item);
              }
            });
  }
}
