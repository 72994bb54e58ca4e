package com.medislot.console.countries;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;

/** Loads {@code Countries.fxml} and binds it to a {@link CountriesViewModel}. */
public final class CountriesView {

  @FXML private Button back;
  @FXML private Button refresh;
  @FXML private Button importFile;
  @FXML private ProgressIndicator progress;
  @FXML private ListView<String> countries;
  @FXML private Label status;

  private final Parent root;

  /**
   * @param onBack shows the previous screen
   * @param onImport opens the import wizard
   */
  public CountriesView(CountriesViewModel model, Runnable onBack, Runnable onImport) {
    FXMLLoader loader = new FXMLLoader(CountriesView.class.getResource("Countries.fxml"));
    loader.setController(this);
    try {
      root = loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException("Countries.fxml cannot be loaded", e);
    }
    countries.setItems(model.countries());
    WrappingCells.install(countries);
    status.textProperty().bind(model.statusProperty());
    progress.visibleProperty().bind(model.busyProperty());
    refresh.disableProperty().bind(model.busyProperty());
    refresh.setOnAction(event -> model.load());
    back.setOnAction(event -> onBack.run());
    importFile.setOnAction(event -> onImport.run());
    ErrorDialogs.show(model.alertProperty(), model::clearAlert, root);
  }

  public Parent root() {
    return root;
  }
}
