package com.medislot.booking.notification;

import com.medislot.booking.country.CountryCatalog;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The plain objects of this package, built once from the settings. */
@ApplicationScoped
public class NotificationWiring {

  @Inject NotificationConfig config;
  @Inject CountryCatalog countries;

  private NotificationStore store;
  private AppointmentDetailsReader reader;
  private Deliverer deliverer;
  private EventIntake intake;

  @PostConstruct
  void build() {
    store = new NotificationStore();
    reader = new AppointmentDetailsReader(config.phoneRegion());
    Optional<SmsGateway> sms =
        config.sms().enabled() ? Optional.of(new HttpSmsGateway(config.sms())) : Optional.empty();
    deliverer = new Deliverer(new MailSender(config.mail()), sms);
    intake =
        new EventIntake(
            store,
            reader,
            config.sms().enabled(),
            config.defaultReminders(),
            countries::definition);
  }

  EventIntake intake() {
    return intake;
  }

  NotificationStore store() {
    return store;
  }

  AppointmentDetailsReader reader() {
    return reader;
  }

  DeliveryRound round(DeliveryListener listener) {
    return new DeliveryRound(store, reader, deliverer, config.retry(), listener);
  }
}
