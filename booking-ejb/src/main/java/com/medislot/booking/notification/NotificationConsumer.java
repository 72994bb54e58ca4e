package com.medislot.booking.notification;

import com.medislot.booking.events.DomainEvent;
import com.medislot.booking.events.EventPublisher;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Logger;

/**
 * Reads the domain events for notifications from one durable subscription that every node shares
 * ({@value #SUBSCRIPTION}): the broker hands each event to one node only and keeps events while no
 * node runs. Holds no logic: {@link NotificationIntake} deduplicates and plans. A failure rolls
 * back, the broker redelivers with its back-off and finally dead-letters the event (ADR 0009).
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-rar"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Topic"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = EventPublisher.TOPIC),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
      @ActivationConfigProperty(
          propertyName = "subscriptionName",
          propertyValue = NotificationConsumer.SUBSCRIPTION),
      @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
      @ActivationConfigProperty(
          propertyName = "connectorClassName",
          propertyValue =
              "org.apache.activemq.artemis.core.remoting.impl.netty.NettyConnectorFactory"),
      @ActivationConfigProperty(
          propertyName = "connectionParameters",
          propertyValue =
              "host=${MPCONFIG=medislot.broker.host:127.0.0.1};port=${MPCONFIG=medislot.broker.port:61616}"),
      @ActivationConfigProperty(
          propertyName = "user",
          propertyValue = "${MPCONFIG=medislot.broker.user}"),
      @ActivationConfigProperty(
          propertyName = "password",
          propertyValue = "${MPCONFIG=medislot.broker.password}"),
      @ActivationConfigProperty(
          propertyName = "maxSession",
          propertyValue = "${MPCONFIG=medislot.notify.intake-sessions:4}")
    })
public class NotificationConsumer implements MessageListener {

  /** The shared durable subscription's name (its queue on the broker). */
  public static final String SUBSCRIPTION = "medislot-notifications";

  private static final Logger LOG = Logger.getLogger(NotificationConsumer.class.getName());

  @Inject private NotificationIntake intake;

  @Override
  public void onMessage(Message message) {
    String body;
    try {
      body = ((TextMessage) message).getText();
    } catch (JMSException | ClassCastException e) {
      LOG.warning(() -> "Skipping a message that is not a text event: " + e);
      return;
    }
    DomainEvent.parse(body)
        .ifPresentOrElse(
            intake::accept,
            () -> LOG.warning("Skipping an event this version does not understand"));
  }
}
