package com.medislot.console.login;

import com.medislot.console.api.AuthApi;
import com.medislot.console.api.SignInOutcome;
import com.medislot.console.session.JwtClaims;
import com.medislot.console.session.Session;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * State and behaviour of the sign-in screen. Holds no scene-graph types. Its properties are read
 * and written on one thread (the FX thread in the application): the network call runs on the
 * background executor and its outcome is applied through the UI executor.
 */
public final class LoginViewModel {

  public static final String WRONG_CREDENTIALS = "Wrong email or password";
  public static final String UNREACHABLE = "Server unreachable";
  public static final String INVALID_URL = "Invalid API URL";
  public static final String UNREADABLE_TOKEN = "The server sent a token the console cannot read";

  private final StringProperty apiUrl = new SimpleStringProperty(this, "apiUrl", "");
  private final StringProperty email = new SimpleStringProperty(this, "email", "");
  private final StringProperty password = new SimpleStringProperty(this, "password", "");
  private final ReadOnlyStringWrapper errorMessage =
      new ReadOnlyStringWrapper(this, "errorMessage", "");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
  private final BooleanBinding canSignIn;

  private final AuthApi authApi;
  private final Executor background;
  private final Executor ui;
  private final Consumer<Session> onSignedIn;

  /**
   * @param background where the network call runs
   * @param ui where its outcome is applied to this model
   * @param onSignedIn called through {@code ui} with the new session
   */
  public LoginViewModel(
      String defaultApiUrl,
      AuthApi authApi,
      Executor background,
      Executor ui,
      Consumer<Session> onSignedIn) {
    this.authApi = Objects.requireNonNull(authApi, "authApi");
    this.background = Objects.requireNonNull(background, "background");
    this.ui = Objects.requireNonNull(ui, "ui");
    this.onSignedIn = Objects.requireNonNull(onSignedIn, "onSignedIn");
    apiUrl.set(defaultApiUrl);
    canSignIn =
        Bindings.createBooleanBinding(
            () -> !busy.get() && !isBlank(apiUrl) && !isBlank(email) && !password.get().isEmpty(),
            busy,
            apiUrl,
            email,
            password);
  }

  /**
   * Starts signing in unless {@link #canSignInProperty()} is false. The future completes, after the
   * outcome has been applied, with the session on success.
   */
  public CompletableFuture<Optional<Session>> signIn() {
    if (!canSignIn.get()) {
      return CompletableFuture.completedFuture(Optional.empty());
    }
    Optional<URI> base = apiBase(apiUrl.get().strip());
    if (base.isEmpty()) {
      errorMessage.set(INVALID_URL);
      return CompletableFuture.completedFuture(Optional.empty());
    }
    String user = email.get().strip();
    String secret = password.get();
    busy.set(true);
    errorMessage.set("");
    return CompletableFuture.supplyAsync(() -> authApi.signIn(base.get(), user, secret), background)
        .handleAsync(
            (outcome, failure) ->
                apply(base.get(), user, outcome != null ? outcome : unexpected(failure)),
            ui);
  }

  /** Shows a message before any attempt, e.g. that the previous session expired. */
  public void showNotice(String message) {
    errorMessage.set(Objects.requireNonNull(message, "message"));
  }

  private Optional<Session> apply(URI base, String user, SignInOutcome outcome) {
    busy.set(false);
    Optional<Session> session = Optional.empty();
    if (outcome instanceof SignInOutcome.SignedIn signedIn) {
      Optional<List<String>> roles = JwtClaims.groups(signedIn.accessToken());
      if (roles.isEmpty()) {
        errorMessage.set(UNREADABLE_TOKEN);
      } else {
        session = Optional.of(new Session(base, user, signedIn.accessToken(), roles.get()));
      }
    } else if (outcome instanceof SignInOutcome.Rejected) {
      errorMessage.set(WRONG_CREDENTIALS);
    } else if (outcome instanceof SignInOutcome.Unreachable) {
      errorMessage.set(UNREACHABLE);
    } else if (outcome instanceof SignInOutcome.Failed failed) {
      errorMessage.set(failed.message());
    }
    password.set("");
    session.ifPresent(onSignedIn);
    return session;
  }

  private static SignInOutcome unexpected(Throwable failure) {
    Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
    return new SignInOutcome.Failed("Sign-in failed: " + cause.getClass().getSimpleName());
  }

  /** Only absolute http(s) addresses with a host: anything else would fail later, less clearly. */
  private static Optional<URI> apiBase(String text) {
    try {
      URI uri = new URI(text);
      boolean web =
          "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
      return web && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static boolean isBlank(StringProperty property) {
    return property.get() == null || property.get().isBlank();
  }

  public StringProperty apiUrlProperty() {
    return apiUrl;
  }

  public StringProperty emailProperty() {
    return email;
  }

  public StringProperty passwordProperty() {
    return password;
  }

  /** Empty while there is nothing to report. */
  public ReadOnlyStringProperty errorMessageProperty() {
    return errorMessage.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  public BooleanBinding canSignInProperty() {
    return canSignIn;
  }
}
