package com.medislot.booking.search;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One search result as the index stores it (no database read): the practitioner at one location and
 * the distance from the search point, in km.
 */
public record SearchHit(
    long practitionerId,
    long locationId,
    String practitionerName,
    String specialtyCode,
    String specialtyName,
    List<String> languages,
    boolean acceptsNewPatients,
    String locationName,
    String address,
    String city,
    String countryCode,
    double latitude,
    double longitude,
    Optional<Instant> nextAvailable,
    double distanceKm) {}
