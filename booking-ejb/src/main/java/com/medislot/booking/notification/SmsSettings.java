package com.medislot.booking.notification;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the SMS gateway. Immutable.
 *
 * @param enabled whether SMS are sent at all
 * @param endpoint the gateway's URL, which receives a JSON {@code POST}
 * @param token bearer token sent to the gateway, if it needs one
 * @param timeout connect and request timeout
 */
public record SmsSettings(boolean enabled, URI endpoint, Optional<String> token, Duration timeout) {

  public SmsSettings {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(timeout, "timeout");
  }
}
