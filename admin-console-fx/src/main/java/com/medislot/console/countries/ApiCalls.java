package com.medislot.console.countries;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns the failures of an API call into what a screen does about them: an expired session goes
 * back to sign-in, everything else becomes one message for an error dialog.
 */
final class ApiCalls {

  static final String UNREACHABLE = "The server cannot be reached. Check that it runs and retry.";
  static final String SESSION_EXPIRED = "Your session has expired. Please sign in again.";

  private final Runnable onSessionExpired;
  private final Consumer<String> onError;

  ApiCalls(Runnable onSessionExpired, Consumer<String> onError) {
    this.onSessionExpired = Objects.requireNonNull(onSessionExpired, "onSessionExpired");
    this.onError = Objects.requireNonNull(onError, "onError");
  }

  /** The value of a successful call; otherwise reports the failure and returns empty. */
  <T> Optional<T> valueOrReport(ApiResult<T> result) {
    if (result instanceof ApiResult.Ok<T> ok) {
      return Optional.of(ok.value());
    }
    if (result instanceof ApiResult.SessionExpired<T>) {
      onSessionExpired.run();
    } else if (result instanceof ApiResult.Unreachable<T>) {
      onError.accept(UNREACHABLE);
    } else if (result instanceof ApiResult.Refused<T> refused) {
      onError.accept(refusal(refused));
    } else if (result instanceof ApiResult.Failed<T> failed) {
      onError.accept(failed.message());
    }
    return Optional.empty();
  }

  static String refusal(ApiResult.Refused<?> refused) {
    return switch (refused.status()) {
      case 403 -> "You may not manage this country. " + refused.detail();
      case 413 -> "The file is too large for the server.";
      default -> refused.detail() + " (HTTP " + refused.status() + ")";
    };
  }

  /** A failure of the background task itself, not of the call. */
  static String unexpected(Throwable failure) {
    Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
    return "Unexpected error: " + cause.getClass().getSimpleName();
  }
}
