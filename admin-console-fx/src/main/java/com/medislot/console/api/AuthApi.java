package com.medislot.console.api;

import java.net.URI;

/** Exchanges credentials for an access token ({@code POST /auth/token}). */
public interface AuthApi {

  /**
   * Blocks until the server answers or the request times out. Never throws for network or server
   * failures: they are outcomes.
   *
   * @param apiBase base URL of the API, {@code /api/v1} included
   */
  SignInOutcome signIn(URI apiBase, String email, String password);
}
