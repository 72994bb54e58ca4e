package com.medislot.booking.notification;

import com.medislot.booking.country.CountryCatalog;
import com.medislot.booking.events.DomainEvent;
import com.medislot.booking.events.EventType;
import com.medislot.booking.infrastructure.SchemaMigrator;
import com.medislot.country.CountryDefinition;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Turns an appointment event into pending notifications, in the consumer's transaction: the event
 * is marked processed and its messages stored together, or neither.
 */
@Stateless
public class NotificationIntake {

  /** This consumer's name in {@code processed_event}. */
  public static final String CONSUMER = "notification";

  private static final Logger LOG = Logger.getLogger(NotificationIntake.class.getName());

  @Resource(lookup = SchemaMigrator.DATASOURCE)
  private DataSource dataSource;

  @Inject private NotificationWiring wiring;
  @Inject private NotificationConfig config;
  @Inject private CountryCatalog countries;
  @Inject private Clock clock;

  /** Handles one event; an event seen before, or of no interest to patients, changes nothing. */
  public void accept(DomainEvent event) {
    if (NotificationPlanner.kindOf(event.type()).isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    long appointmentId = event.data().getJsonNumber("appointmentId").longValueExact();
    Instant start = Instant.parse(event.data().getString("start"));
    NotificationStore store = wiring.store();
    try (Connection c = dataSource.getConnection()) {
      if (!store.markProcessed(c, CONSUMER, event.id(), now)) {
        LOG.fine(() -> "Event " + event.id() + " already handled");
        return;
      }
      Optional<AppointmentDetails> details = wiring.reader().read(c, appointmentId);
      if (details.isEmpty()) {
        LOG.warning(() -> "Event " + event.id() + " names unknown appointment " + appointmentId);
        return;
      }
      Optional<CountryDefinition> country = countries.definition(details.get().countryCode());
      int sequence =
          event.type() == EventType.APPOINTMENT_CREATED ? 0 : store.nextSequence(c, appointmentId);
      if (event.type() != EventType.APPOINTMENT_CREATED) {
        store.skipPendingReminders(c, appointmentId, now);
      }
      store.schedule(
          c,
          NotificationPlanner.plan(
              event.type(),
              event.id(),
              appointmentId,
              start,
              now,
              sequence,
              reminders(country),
              channels(details.get(), country)),
          now);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot plan notifications for event " + event.id(), e);
    }
  }

  private List<Duration> reminders(Optional<CountryDefinition> country) {
    return NotificationPlanner.reminders(
        country.map(d -> d.bookingRules().reminders()), config.defaultReminders());
  }

  private Set<Channel> channels(AppointmentDetails d, Optional<CountryDefinition> country) {
    return NotificationPlanner.channels(
        wiring.smsEnabled(),
        country.map(c -> c.compliance().smsAllowed()),
        d.patientPhone().isPresent());
  }
}
