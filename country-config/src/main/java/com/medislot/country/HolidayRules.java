package com.medislot.country;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where a country's public holidays come from. Immutable; no component is null.
 *
 * @param source the holiday library calendar for the whole country, {@code jollyday:fr}
 * @param regionSources calendars for subdivisions whose holidays differ from the country's and are
 *     not found by the default rule (the ISO 3166-2 suffix looked up in the country calendar's
 *     regions): ISO 3166-2 code to {@code jollyday:gp} or {@code jollyday:it/21/to}
 * @param additions holidays applied on top of the library's, sorted by date
 * @param removals dates the library calls public holidays that are not days off here
 */
public record HolidayRules(
    String source,
    Map<String, String> regionSources,
    List<HolidayAddition> additions,
    SortedSet<LocalDate> removals) {

  public HolidayRules {
    Objects.requireNonNull(source, "source");
    regionSources = Collections.unmodifiableSortedMap(new TreeMap<>(regionSources));
    additions = additions.stream().sorted(Comparator.comparing(HolidayAddition::date)).toList();
    removals = Collections.unmodifiableSortedSet(new TreeSet<>(removals));
  }
}
