/**
 * Practitioners, the clinics and locations they work at, their visit motives and their calendars
 * (weekly opening ranges and exceptions). Write model, EclipseLink unit {@code booking}.
 */
package com.medislot.booking.practitioner;
