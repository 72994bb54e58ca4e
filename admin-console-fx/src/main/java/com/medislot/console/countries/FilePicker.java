package com.medislot.console.countries;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks the user for a country file. */
@FunctionalInterface
public interface FilePicker {

  /** The chosen file, empty when the user cancelled. Called on the FX thread. */
  Optional<Path> pick(Window owner);

  /** The platform's open-file dialog, showing JSON files first. */
  static FilePicker fileChooser() {
    return owner -> {
      FileChooser chooser = new FileChooser();
      chooser.setTitle("Choose a country file");
      chooser
          .getExtensionFilters()
          .addAll(
              new FileChooser.ExtensionFilter("Country files (*.json)", "*.json"),
              new FileChooser.ExtensionFilter("All files", "*.*"));
      return Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath);
    };
  }
}
