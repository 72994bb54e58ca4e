package com.medislot.console.api;

import java.util.Objects;

/** What came of a sign-in attempt. Immutable. */
public sealed interface SignInOutcome {

  /** The server accepted the credentials. */
  record SignedIn(String accessToken) implements SignInOutcome {
    public SignedIn {
      Objects.requireNonNull(accessToken, "accessToken");
    }

    @Override
    public String toString() {
      return "SignedIn[token hidden]";
    }
  }

  /** The server answered 401: wrong email or password. */
  record Rejected() implements SignInOutcome {}

  /** No answer: connection refused, unknown host, timeout. */
  record Unreachable(String detail) implements SignInOutcome {}

  /** An answer the console cannot use; {@code message} is shown to the user. */
  record Failed(String message) implements SignInOutcome {}
}
