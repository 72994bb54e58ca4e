/**
 * The availability engine: a pure computation of the free appointment slots of one practitioner at
 * one location for one visit motive.
 *
 * <p>Everything here is an immutable value type or a stateless function over them. The package
 * depends on {@code java.*} only: no container, persistence, messaging or cache types, so the same
 * code serves the slot cache, the on-demand computation and the booking re-check, and is tested
 * without a container. No clock is read here: the caller passes {@code now}.
 *
 * <p>Conventions shared by all types:
 *
 * <ul>
 *   <li>every range is half-open: start inclusive, end exclusive;
 *   <li>instants are absolute (UTC); wall-clock rules (opening hours, holidays, booking horizon)
 *       are evaluated in the location's {@link java.time.ZoneId};
 *   <li>no method accepts or returns {@code null}; "may be absent" is an {@link
 *       java.util.Optional};
 *   <li>invalid values are rejected with an {@link IllegalArgumentException} whose message names
 *       the offending field, so that an API layer can answer 422.
 * </ul>
 */
package com.medislot.booking.availability;
