package com.medislot.console.session;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * A signed-in user. Immutable; no component is null. {@link #toString()} never shows the token.
 *
 * @param apiBase the API this session talks to
 * @param email the address the user signed in with
 * @param accessToken bearer token for later calls
 * @param roles the token's {@code groups} claim, in token order
 */
public record Session(URI apiBase, String email, String accessToken, List<String> roles) {

  public Session {
    Objects.requireNonNull(apiBase, "apiBase");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(accessToken, "accessToken");
    roles = List.copyOf(roles);
  }

  @Override
  public String toString() {
    return "Session[" + email + " " + roles + " at " + apiBase + "]";
  }
}
