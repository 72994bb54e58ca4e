package com.medislot.console.countries;

import java.util.List;
import java.util.Objects;

/** The outcome of one call to the countries API. */
public sealed interface ApiResult<T> {

  /** The call succeeded. */
  record Ok<T>(T value) implements ApiResult<T> {
    public Ok {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * The server refused the request (400, 403, 404, 413, 415, 422…) and said why.
   *
   * @param errors the file errors it listed, possibly none
   */
  record Refused<T>(int status, String detail, List<FileError> errors) implements ApiResult<T> {
    public Refused {
      Objects.requireNonNull(detail, "detail");
      errors = List.copyOf(errors);
    }
  }

  /** The token is missing, expired or revoked (401): sign in again. */
  record SessionExpired<T>() implements ApiResult<T> {}

  /** The server could not be reached at all. */
  record Unreachable<T>(String reason) implements ApiResult<T> {}

  /** Anything else: a server fault or an answer the console cannot read. */
  record Failed<T>(String message) implements ApiResult<T> {}
}
