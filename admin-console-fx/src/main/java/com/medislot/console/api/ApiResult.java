package com.medislot.console.api;

import java.util.Objects;

/**
 * What came of a call to the API: a value or the reason there is none. Immutable.
 *
 * @param <T> the value of a successful call
 */
public sealed interface ApiResult<T> {

  /** The server did what was asked. */
  record Ok<T>(T value) implements ApiResult<T> {
    public Ok {
      Objects.requireNonNull(value, "value");
    }
  }

  /** 401: the token expired or was revoked; the user must sign in again. */
  record Unauthorized<T>() implements ApiResult<T> {}

  /** No answer: connection refused, timeout. */
  record Unreachable<T>(String detail) implements ApiResult<T> {}

  /**
   * The server refused (4xx/5xx); {@code message} is the problem's explanation, ready to show.
   *
   * @param status HTTP status
   */
  record Refused<T>(int status, String message) implements ApiResult<T> {}

  /** A message for the user; empty for {@link Ok}. */
  default String message() {
    if (this instanceof Unauthorized) {
      return "Your session has expired. Please sign in again.";
    }
    if (this instanceof Unreachable) {
      return "The server cannot be reached. Check that it is running, then try again.";
    }
    if (this instanceof Refused<T> refused) {
      return refused.message();
    }
    return "";
  }
}
