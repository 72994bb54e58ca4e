package com.medislot.console.countries;

import atlantafx.base.theme.Styles;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/** Loads {@code CountryImport.fxml} and binds it to a {@link CountryImportViewModel}. */
public final class CountryImportView {

  @FXML private Button back;
  @FXML private Button choose;
  @FXML private Button apply;
  @FXML private ProgressIndicator progress;
  @FXML private Label fileName;
  @FXML private Label summary;
  @FXML private VBox errorBox;
  @FXML private VBox diffBox;
  @FXML private ListView<String> errors;
  @FXML private ListView<String> changes;
  @FXML private ListView<String> holidays;

  private final Parent root;

  /**
   * @param picker asks for the file (a real dialog, or a fixed file in tests)
   * @param onBack shows the live countries again
   */
  public CountryImportView(CountryImportViewModel model, FilePicker picker, Runnable onBack) {
    FXMLLoader loader = new FXMLLoader(CountryImportView.class.getResource("CountryImport.fxml"));
    loader.setController(this);
    try {
      root = loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException("CountryImport.fxml cannot be loaded", e);
    }
    fileName.textProperty().bind(model.fileNameProperty());
    summary.textProperty().bind(model.summaryProperty());
    progress.visibleProperty().bind(model.busyProperty());
    choose.disableProperty().bind(model.busyProperty());
    back.disableProperty().bind(model.busyProperty());
    apply.disableProperty().bind(model.canApplyProperty().not());
    errors.setItems(model.errors());
    changes.setItems(model.changes());
    holidays.setItems(model.holidays());
    WrappingCells.install(errors);
    WrappingCells.install(changes);
    WrappingCells.install(holidays);
    var invalid = model.stepProperty().isEqualTo(CountryImportViewModel.Step.INVALID);
    errorBox.visibleProperty().bind(invalid);
    errorBox.managedProperty().bind(invalid);
    var diff =
        model
            .stepProperty()
            .isEqualTo(CountryImportViewModel.Step.PREVIEW)
            .or(model.stepProperty().isEqualTo(CountryImportViewModel.Step.DONE));
    diffBox.visibleProperty().bind(diff);
    diffBox.managedProperty().bind(diff);
    // the outcome of each step in the theme's colours: errors red, an applied import green
    model
        .stepProperty()
        .addListener(
            (o, was, step) -> {
              summary.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS, Styles.TEXT_BOLD);
              if (step == CountryImportViewModel.Step.INVALID) {
                summary.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_BOLD);
              } else if (step == CountryImportViewModel.Step.DONE) {
                summary.getStyleClass().addAll(Styles.SUCCESS, Styles.TEXT_BOLD);
              }
            });
    choose.setOnAction(event -> picker.pick(root.getScene().getWindow()).ifPresent(model::choose));
    apply.setOnAction(event -> model.apply());
    back.setOnAction(event -> onBack.run());
    ErrorDialogs.show(model.alertProperty(), model::clearAlert, root);
  }

  public Parent root() {
    return root;
  }
}
