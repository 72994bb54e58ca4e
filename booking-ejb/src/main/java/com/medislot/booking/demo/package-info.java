/**
 * Demo data for the one-machine default: France, a few thousand practitioners over real French
 * cities, their calendars, and one demo account per role. Loaded once, only when {@code
 * medislot.demo.enabled} is true.
 */
package com.medislot.booking.demo;
