/**
 * Domain events and their transport. Events are JSON in a versioned envelope with CloudEvents
 * attribute names, published on the JMS topic {@value
 * com.medislot.booking.events.EventPublisher#TOPIC} inside the business transaction (XA through the
 * Artemis resource adapter), so a rolled-back transaction publishes nothing.
 */
package com.medislot.booking.events;
