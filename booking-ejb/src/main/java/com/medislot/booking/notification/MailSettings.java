package com.medislot.booking.notification;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the SMTP server. Immutable.
 *
 * @param host server host
 * @param port server port
 * @param from sender address of every message
 * @param user account name, when the server needs authentication
 * @param password that account's password
 * @param startTls whether to require STARTTLS before sending
 * @param timeout connect and read timeout
 */
public record MailSettings(
    String host,
    int port,
    String from,
    Optional<String> user,
    Optional<String> password,
    boolean startTls,
    Duration timeout) {

  public MailSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(timeout, "timeout");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
  }
}
