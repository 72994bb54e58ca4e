/**
 * The search read model: one document per practitioner and location, kept in its own persistence
 * unit on Hibernate ORM so that Hibernate Search indexes it on commit (ADR 0002). Eventually
 * consistent: event consumers refresh it.
 */
package com.medislot.booking.search;
