package com.medislot.booking.events;

import com.medislot.booking.slots.AvailabilityRefresher;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.util.logging.Logger;

/**
 * Keeps this node's read side in step with calendar changes: on every event about a practitioner's
 * calendar it refreshes that practitioner's cached slots and search documents. A non-durable
 * subscription per node, because each node has its own Lucene index.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-rar"),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Topic"),
      @ActivationConfigProperty(propertyName = "destination", propertyValue = EventPublisher.TOPIC),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(
          propertyName = "subscriptionDurability",
          propertyValue = "NonDurable"),
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
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
    })
public class AvailabilityEventsListener implements MessageListener {

  private static final Logger LOG = Logger.getLogger(AvailabilityEventsListener.class.getName());

  @Inject private AvailabilityRefresher refresher;

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
            event -> refresher.refresh(event.practitionerId()),
            () -> LOG.warning("Skipping an event this version does not understand"));
  }
}
