package com.medislot.datagen;

/**
 * A real city from the bundled GeoNames extract. Immutable; no component is {@code null}.
 *
 * @param geonamesId GeoNames identifier
 * @param name city name as GeoNames spells it
 * @param country ISO 3166-1 alpha-2 code
 * @param adminCode first-level administrative code (may be empty)
 * @param latitude WGS84 degrees
 * @param longitude WGS84 degrees
 * @param population inhabitants
 */
public record City(
    long geonamesId,
    String name,
    String country,
    String adminCode,
    double latitude,
    double longitude,
    long population) {}
