package com.medislot.booking.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The notification settings from MicroProfile Config; every one has a default for 127.0.0.1. */
@ApplicationScoped
public class NotificationConfig {

  @Inject
  @ConfigProperty(name = "medislot.mail.host", defaultValue = "127.0.0.1")
  String mailHost;

  @Inject
  @ConfigProperty(name = "medislot.mail.port", defaultValue = "25")
  int mailPort;

  @Inject
  @ConfigProperty(name = "medislot.mail.from", defaultValue = "no-reply@medislot.localhost")
  String mailFrom;

  @Inject
  @ConfigProperty(name = "medislot.mail.user")
  Optional<String> mailUser;

  @Inject
  @ConfigProperty(name = "medislot.mail.password")
  Optional<String> mailPassword;

  @Inject
  @ConfigProperty(name = "medislot.mail.starttls", defaultValue = "false")
  boolean mailStartTls;

  @Inject
  @ConfigProperty(name = "medislot.mail.timeout", defaultValue = "PT10S")
  String mailTimeout;

  @Inject
  @ConfigProperty(name = "medislot.sms.enabled", defaultValue = "false")
  boolean smsEnabled;

  @Inject
  @ConfigProperty(name = "medislot.sms.url", defaultValue = "http://127.0.0.1:8025/sms")
  String smsUrl;

  @Inject
  @ConfigProperty(name = "medislot.sms.token")
  Optional<String> smsToken;

  @Inject
  @ConfigProperty(name = "medislot.sms.timeout", defaultValue = "PT10S")
  String smsTimeout;

  @Inject
  @ConfigProperty(name = "medislot.phone.default-region", defaultValue = "FR")
  String phoneRegion;

  @Inject
  @ConfigProperty(name = "medislot.notify.reminders", defaultValue = "PT24H,PT2H")
  String reminders;

  @Inject
  @ConfigProperty(name = "medislot.notify.poll-interval", defaultValue = "PT2S")
  String pollInterval;

  @Inject
  @ConfigProperty(name = "medislot.notify.senders", defaultValue = "4")
  int senders;

  @Inject
  @ConfigProperty(name = "medislot.notify.max-attempts", defaultValue = "6")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "medislot.notify.retry-delay", defaultValue = "PT30S")
  String retryDelay;

  @Inject
  @ConfigProperty(name = "medislot.notify.max-retry-delay", defaultValue = "PT1H")
  String maxRetryDelay;

  public MailSettings mail() {
    return new MailSettings(
        mailHost,
        mailPort,
        mailFrom,
        mailUser.filter(s -> !s.isBlank()),
        mailPassword,
        mailStartTls,
        Duration.parse(mailTimeout));
  }

  public SmsSettings sms() {
    return new SmsSettings(
        smsEnabled,
        URI.create(smsUrl),
        smsToken.filter(s -> !s.isBlank()),
        Duration.parse(smsTimeout));
  }

  public String phoneRegion() {
    return phoneRegion;
  }

  /** Reminder times for locations whose country file names none. */
  public List<Duration> defaultReminders() {
    return parseDurations(reminders);
  }

  public Duration pollInterval() {
    return Duration.parse(pollInterval);
  }

  /** Threads per node that send notifications at once. */
  public int senders() {
    if (senders < 1) {
      throw new IllegalStateException("medislot.notify.senders must be at least 1, not " + senders);
    }
    return senders;
  }

  public RetryPolicy retry() {
    return new RetryPolicy(maxAttempts, Duration.parse(retryDelay), Duration.parse(maxRetryDelay));
  }

  static List<Duration> parseDurations(String list) {
    return Arrays.stream(list.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .map(Duration::parse)
        .toList();
  }
}
