package com.medislot.console.home;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;

/** Loads {@code Home.fxml} and binds it to a {@link HomeViewModel}. */
public final class HomeView {

  @FXML private Label signedInEmail;
  @FXML private Label roles;
  @FXML private Label server;
  @FXML private Label status;
  @FXML private ListView<String> countries;
  @FXML private Button manageCountries;

  private final Parent root;

  public HomeView(HomeViewModel model) {
    FXMLLoader loader = new FXMLLoader(HomeView.class.getResource("Home.fxml"));
    loader.setController(this);
    try {
      root = loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException("Home.fxml cannot be loaded", e);
    }
    signedInEmail.setText(model.email());
    roles.setText(model.roles());
    server.setText(model.apiBase());
    status.textProperty().bind(model.statusProperty());
    countries.setItems(model.countries());
  }

  /** Shows the button that opens the live countries and the import wizard. */
  public void onManageCountries(Runnable action) {
    manageCountries.setVisible(true);
    manageCountries.setManaged(true);
    manageCountries.setOnAction(event -> action.run());
  }

  public Parent root() {
    return root;
  }
}
