package com.medislot.booking.notification;

import com.medislot.booking.events.DomainEvent;
import com.medislot.country.CountryDefinition;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Turns one event into pending notifications on a connection whose transaction the caller owns: the
 * event is marked processed and its messages stored together, or neither. The message-driven bean
 * reaches it through {@link NotificationIntake}; it is a plain object so that the same steps can
 * run, and be stopped mid-way, outside the container.
 */
public final class EventIntake {

  private static final Logger LOG = Logger.getLogger(EventIntake.class.getName());

  private final NotificationStore store;
  private final AppointmentDetailsReader reader;
  private final boolean smsEnabled;
  private final List<Duration> defaultReminders;
  private final Function<String, Optional<CountryDefinition>> countries;

  /**
   * @param countries the country file of a country code, if there is one
   */
  EventIntake(
      NotificationStore store,
      AppointmentDetailsReader reader,
      boolean smsEnabled,
      List<Duration> defaultReminders,
      Function<String, Optional<CountryDefinition>> countries) {
    this.store = store;
    this.reader = reader;
    this.smsEnabled = smsEnabled;
    this.defaultReminders = List.copyOf(defaultReminders);
    this.countries = countries;
  }

  /**
   * Handles one event. An event seen before, of no interest to patients, or about an appointment
   * that does not exist stores nothing (the first two store nothing at all; the last is still
   * marked processed, so it is not tried again).
   *
   * @return whether messages were planned
   */
  public boolean accept(Connection c, DomainEvent event, Instant now) throws SQLException {
    Optional<NotificationKind> kind = kindOf(event);
    if (kind.isEmpty()) {
      return false;
    }
    long appointmentId = event.data().getJsonNumber("appointmentId").longValueExact();
    Instant start = Instant.parse(event.data().getString("start"));
    if (!store.markProcessed(c, NotificationIntake.CONSUMER, event.id(), now)) {
      LOG.fine(() -> "Event " + event.id() + " already handled");
      return false;
    }
    Optional<AppointmentDetails> details = reader.read(c, appointmentId);
    if (details.isEmpty()) {
      LOG.warning(() -> "Event " + event.id() + " names unknown appointment " + appointmentId);
      return false;
    }
    Optional<CountryDefinition> country = countries.apply(details.get().countryCode());
    boolean changesInvite = kind.get().hasInvite() && kind.get() != NotificationKind.CONFIRMATION;
    int sequence = changesInvite ? store.nextSequence(c, appointmentId) : 0;
    if (changesInvite) {
      store.skipPendingReminders(c, appointmentId, now);
    }
    store.schedule(
        c,
        NotificationPlanner.plan(
            kind,
            event.id(),
            appointmentId,
            start,
            now,
            sequence,
            NotificationPlanner.reminders(
                country.map(d -> d.bookingRules().reminders()), defaultReminders),
            channels(details.get(), country)),
        now);
    return true;
  }

  /** The message an event causes, if any: no database needed to tell. */
  static Optional<NotificationKind> kindOf(DomainEvent event) {
    return NotificationPlanner.kindOf(event.type(), event.data().containsKey("waitlistEntryId"));
  }

  private Set<Channel> channels(AppointmentDetails d, Optional<CountryDefinition> country) {
    return NotificationPlanner.channels(
        smsEnabled, country.map(c -> c.compliance().smsAllowed()), d.patientPhone().isPresent());
  }
}
