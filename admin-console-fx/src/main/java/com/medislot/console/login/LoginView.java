package com.medislot.console.login;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;

/** Loads {@code Login.fxml} and binds its controls to a {@link LoginViewModel}. */
public final class LoginView {

  @FXML private TextField apiUrl;
  @FXML private TextField email;
  @FXML private PasswordField password;
  @FXML private Button signIn;
  @FXML private ProgressIndicator progress;
  @FXML private Label error;

  private final Parent root;

  public LoginView(LoginViewModel model) {
    FXMLLoader loader = new FXMLLoader(LoginView.class.getResource("Login.fxml"));
    loader.setController(this);
    try {
      root = loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException("Login.fxml cannot be loaded", e);
    }
    apiUrl.textProperty().bindBidirectional(model.apiUrlProperty());
    email.textProperty().bindBidirectional(model.emailProperty());
    password.textProperty().bindBidirectional(model.passwordProperty());
    signIn.disableProperty().bind(model.canSignInProperty().not());
    signIn.setOnAction(event -> model.signIn());
    progress.visibleProperty().bind(model.busyProperty());
    error.textProperty().bind(model.errorMessageProperty());
    error.visibleProperty().bind(model.errorMessageProperty().isNotEmpty());
    apiUrl.disableProperty().bind(model.busyProperty());
    email.disableProperty().bind(model.busyProperty());
    password.disableProperty().bind(model.busyProperty());
    // the server address rarely changes; the email is what the user types first
    Platform.runLater(email::requestFocus);
  }

  public Parent root() {
    return root;
  }
}
