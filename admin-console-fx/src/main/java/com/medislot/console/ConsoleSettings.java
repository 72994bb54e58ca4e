package com.medislot.console;

import java.util.Objects;
import java.util.function.Function;

/**
 * Start-up settings of the console. Immutable.
 *
 * @param apiUrl base URL of the web API, {@code /api/v1} included
 */
public record ConsoleSettings(String apiUrl) {

  /** System property that points the console at another server. */
  public static final String API_URL_PROPERTY = "medislot.console.api-url";

  /** A server started on this machine with its defaults. */
  public static final String DEFAULT_API_URL = "http://127.0.0.1:8080/api/v1";

  public ConsoleSettings {
    Objects.requireNonNull(apiUrl, "apiUrl");
  }

  /** Reads the settings from a property source such as {@code System::getProperty}. */
  public static ConsoleSettings from(Function<String, String> properties) {
    String configured = properties.apply(API_URL_PROPERTY);
    return new ConsoleSettings(
        configured == null || configured.isBlank() ? DEFAULT_API_URL : configured.strip());
  }
}
