package com.medislot.booking.events;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Topic;
import jakarta.resource.ConnectionFactoryDefinition;
import jakarta.resource.spi.TransactionSupport.TransactionSupportLevel;

/**
 * Publishes domain events on the events topic inside the caller's JTA transaction, through the
 * Artemis resource adapter's XA connection factory: the message is delivered if and only if the
 * business transaction commits (ADR 0005).
 */
@ConnectionFactoryDefinition(
    name = EventPublisher.CONNECTION_FACTORY,
    interfaceName = "jakarta.jms.ConnectionFactory",
    resourceAdapter = "artemis-rar",
    transactionSupport = TransactionSupportLevel.XATransaction,
    maxPoolSize = 32,
    minPoolSize = 1,
    properties = {
      "ConnectorClassName=org.apache.activemq.artemis.core.remoting.impl.netty.NettyConnectorFactory",
      "ConnectionParameters=host=${MPCONFIG=medislot.broker.host:127.0.0.1};port=${MPCONFIG=medislot.broker.port:61616}",
      "UserName=${MPCONFIG=medislot.broker.user}",
      "Password=${MPCONFIG=medislot.broker.password}",
      // Each pooled session looks the topic up on the broker once, not on every publish: the
      // booking benchmark found publishes parked on that round trip (createTopic's address query)
      "CacheDestinations=true"
    })
@Stateless
public class EventPublisher {

  /** The topic every domain event is published on. */
  public static final String TOPIC = "medislot.events";

  /** JNDI name of the XA connection factory of the Artemis resource adapter. */
  public static final String CONNECTION_FACTORY = "java:app/jms/medislot/ConnectionFactory";

  @Resource(lookup = CONNECTION_FACTORY)
  private ConnectionFactory connectionFactory;

  /** Sends the event as part of the current transaction. */
  public void publish(DomainEvent event) {
    try (JMSContext context = connectionFactory.createContext()) {
      Topic topic = context.createTopic(TOPIC);
      context
          .createProducer()
          .setProperty("type", event.type().wireName())
          .setProperty("subject", "practitioner/" + event.practitionerId())
          .send(topic, event.toJson());
    } catch (JMSRuntimeException e) {
      throw new IllegalStateException("Cannot publish " + event.type().wireName(), e);
    }
  }
}
