package com.medislot.booking.search;

/** One search result: the document and its distance from the search point, in km. */
public record SearchHit(PractitionerDocument document, double distanceKm) {}
