package com.medislot.booking.notification;

import com.medislot.booking.events.EventPublisher;
import com.medislot.booking.infrastructure.Jsons;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;

/**
 * Puts a notification that used all its attempts on the dead-letter queue {@value #QUEUE}, inside
 * the transaction that marks it dead, for an operator or an integrator to act on.
 */
@Stateless
public class DeadLetterQueue {

  /** The queue of notifications given up. */
  public static final String QUEUE = "medislot.notifications.dead";

  @Resource(lookup = EventPublisher.CONNECTION_FACTORY)
  private ConnectionFactory connectionFactory;

  public void publish(StoredNotification n, String error) {
    String body =
        Jsons.createObjectBuilder()
            .add("notificationId", n.id())
            .add("appointmentId", n.appointmentId())
            .add("eventId", n.eventId().toString())
            .add("kind", n.kind().name())
            .add("channel", n.channel().name())
            .add("attempts", n.attempts() + 1)
            .add("error", error)
            .build()
            .toString();
    try (JMSContext context = connectionFactory.createContext()) {
      context.createProducer().send(context.createQueue(QUEUE), body);
    }
  }
}
