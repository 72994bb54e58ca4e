/**
 * Countries live on the platform: each is an imported country file (parsed and validated by the
 * {@code country-config} library), whose holidays and booking rules apply to its locations.
 */
package com.medislot.booking.country;
