package com.medislot.booking.search;

import java.util.List;

/** A page of hits; {@code hasMore} tells whether a next page exists. */
public record SearchPage(List<SearchHit> hits, boolean hasMore) {}
