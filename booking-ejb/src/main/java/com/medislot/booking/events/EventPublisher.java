package com.medislot.booking.events;

import com.medislot.booking.infrastructure.AfterCommit;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.resource.ConnectionFactoryDefinition;
import jakarta.resource.spi.TransactionSupport.TransactionSupportLevel;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;

/**
 * Publishes domain events in the caller's JTA transaction by appending them to the outbox table
 * (ADR 0017): an event exists if and only if the business transaction commits, and the broker takes
 * no part in that transaction. Once it has committed, this node's {@link OutboxRelay} is woken to
 * send the events to the topic at once.
 *
 * <p>Also defines the Artemis resource adapter's connection factory: XA inside a JTA transaction
 * (the dead-letter queue), local transactions outside one (the relay).
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
      // Each pooled session looks the topic up on the broker once, not on every send: the
      // booking benchmark found sends parked on that round trip (createTopic's address query)
      "CacheDestinations=true",
      // The relay sends each batch in one local JMS transaction, outside any JTA transaction
      "AllowLocalTransactions=true"
    })
@Stateless
public class EventPublisher {

  /** The topic every domain event is published on. */
  public static final String TOPIC = "medislot.events";

  /** JNDI name of the connection factory of the Artemis resource adapter. */
  public static final String CONNECTION_FACTORY = "java:app/jms/medislot/ConnectionFactory";

  /** Marks a transaction whose commit already wakes the relay. */
  private static final Object WAKE_ON_COMMIT = EventPublisher.class.getName() + ".wake";

  /** The business transaction's persistence context: its connection carries the outbox row. */
  @PersistenceContext(unitName = "booking")
  private EntityManager em;

  @Resource private TransactionSynchronizationRegistry transactions;

  @Inject private OutboxRelay relay;

  /**
   * Publishes the event if and when the current transaction commits.
   *
   * <p>The row goes through the persistence context, on the connection its transaction already
   * holds, not one asked of the pool: a booking holding its connection and a practitioner's row
   * lock must never wait for a second connection, or under load every pooled connection ends up
   * held by a transaction waiting for another one (the booking race test saw exactly that).
   */
  public void publish(DomainEvent event) {
    Query append = em.createNativeQuery(Outbox.APPEND);
    List<Object> values = Outbox.values(event);
    for (int i = 0; i < values.size(); i++) {
      append.setParameter(i + 1, values.get(i));
    }
    append.executeUpdate();
    AfterCommit.run(transactions, WAKE_ON_COMMIT, relay::wake);
  }
}
