/**
 * Technical wiring shared by the features: the datasource, schema migration at start-up and the
 * injected clock.
 */
package com.medislot.booking.infrastructure;
