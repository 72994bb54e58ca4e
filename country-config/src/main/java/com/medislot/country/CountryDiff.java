package com.medislot.country;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What importing a country file would change compared with the live definition: the fields whose
 * value differs, and the public holidays gained and lost in some years. Immutable.
 *
 * <p>Fields are named by the same dotted paths the validator uses ({@code
 * bookingRules.minimumNotice}, {@code timeZones[1].zone}, {@code compliance.consentTexts.fr});
 * values are shown as they are written in a file.
 */
public final class CountryDiff {

  /**
   * One field whose value differs.
   *
   * @param field dotted path
   * @param before the live value, empty when the field is new
   * @param after the imported value, empty when the field goes away
   */
  public record FieldChange(String field, Optional<String> before, Optional<String> after) {
    public FieldChange {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
    }
  }

  private final boolean newCountry;
  private final List<FieldChange> changes;
  private final SortedMap<LocalDate, String> holidaysAdded;
  private final SortedMap<LocalDate, String> holidaysRemoved;
  private final boolean availabilityAffected;

  private CountryDiff(
      boolean newCountry,
      List<FieldChange> changes,
      SortedMap<LocalDate, String> holidaysAdded,
      SortedMap<LocalDate, String> holidaysRemoved,
      boolean availabilityAffected) {
    this.newCountry = newCountry;
    this.changes = List.copyOf(changes);
    this.holidaysAdded = Collections.unmodifiableSortedMap(new TreeMap<>(holidaysAdded));
    this.holidaysRemoved = Collections.unmodifiableSortedMap(new TreeMap<>(holidaysRemoved));
    this.availabilityAffected = availabilityAffected;
  }

  /**
   * Compares an incoming definition with the live one.
   *
   * @param live the definition in force, empty when the country is not live yet
   * @param incoming the definition being imported
   * @param years the years whose national public holidays are compared
   * @throws IllegalArgumentException if the two definitions are of different countries
   */
  public static CountryDiff between(
      Optional<CountryDefinition> live, CountryDefinition incoming, Collection<Integer> years) {
    Objects.requireNonNull(live, "live");
    Objects.requireNonNull(incoming, "incoming");
    live.ifPresent(
        l -> {
          if (!l.code().equals(incoming.code())) {
            throw new IllegalArgumentException(
                "cannot compare " + l.code() + " with " + incoming.code());
          }
        });
    SortedMap<String, String> before = live.map(CountryDiff::fields).orElse(new TreeMap<>());
    SortedMap<String, String> after = fields(incoming);
    SortedSet<String> names = new TreeSet<>(before.keySet());
    names.addAll(after.keySet());
    List<FieldChange> changes = new ArrayList<>();
    for (String name : names) {
      Optional<String> was = Optional.ofNullable(before.get(name));
      Optional<String> now = Optional.ofNullable(after.get(name));
      if (!was.equals(now)) {
        changes.add(new FieldChange(name, was, now));
      }
    }
    SortedMap<LocalDate, String> added = new TreeMap<>();
    SortedMap<LocalDate, String> removed = new TreeMap<>();
    for (int year : new TreeSet<>(years)) {
      Map<LocalDate, String> old =
          live.<Map<LocalDate, String>>map(l -> l.holidays(year)).orElse(Map.of());
      Map<LocalDate, String> fresh = incoming.holidays(year);
      fresh.forEach(
          (day, name) -> {
            if (!old.containsKey(day)) {
              added.put(day, name);
            }
          });
      old.forEach(
          (day, name) -> {
            if (!fresh.containsKey(day)) {
              removed.put(day, name);
            }
          });
    }
    boolean affected =
        live.isEmpty()
            || !live.get().timeZones().equals(incoming.timeZones())
            || !live.get().holidayRules().equals(incoming.holidayRules())
            || !live.get().bookingRules().equals(incoming.bookingRules());
    return new CountryDiff(live.isEmpty(), changes, added, removed, affected);
  }

  /** True when no country with this code is live yet. */
  public boolean isNewCountry() {
    return newCountry;
  }

  /** True when the import would change nothing at all. */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** The fields that differ, sorted by path. */
  public List<FieldChange> changes() {
    return changes;
  }

  /** National public holidays the import adds in the compared years. Unmodifiable. */
  public SortedMap<LocalDate, String> holidaysAdded() {
    return holidaysAdded;
  }

  /** National public holidays the import takes away in the compared years. Unmodifiable. */
  public SortedMap<LocalDate, String> holidaysRemoved() {
    return holidaysRemoved;
  }

  /**
   * True when the change can move free slots: zones, holiday rules or booking rules differ (or the
   * country is new). Compliance, names and currency never do.
   */
  public boolean availabilityAffected() {
    return availabilityAffected;
  }

  /** A definition as dotted path → value, the way the values are written in a file. */
  static SortedMap<String, String> fields(CountryDefinition d) {
    SortedMap<String, String> f = new TreeMap<>();
    f.put("code", d.code());
    f.put("name", d.name());
    f.put("defaultLocale", d.defaultLocale().toLanguageTag());
    for (int i = 0; i < d.timeZones().size(); i++) {
      CountryZone zone = d.timeZones().get(i);
      f.put("timeZones[" + i + "].zone", zone.zone().getId());
      f.put("timeZones[" + i + "].regions", String.join(", ", zone.regions()));
    }
    HolidayRules h = d.holidayRules();
    f.put("holidays.source", h.source());
    h.regionSources().forEach((region, source) -> f.put("holidays.regions." + region, source));
    h.additions().forEach(a -> f.put("holidays.additions." + a.date(), a.name()));
    h.removals().forEach(day -> f.put("holidays.removals." + day, day.toString()));
    BookingRules r = d.bookingRules();
    f.put("bookingRules.minimumNotice", r.minimumNotice().toString());
    f.put("bookingRules.bookingHorizon", r.bookingHorizon().toString());
    f.put("bookingRules.patientCancellationCutoff", r.patientCancellationCutoff().toString());
    f.put(
        "bookingRules.reminders",
        r.reminders().stream().map(Object::toString).collect(Collectors.joining(", ")));
    f.put(
        "bookingRules.maxUpcomingPerPractitioner",
        Integer.toString(r.maxUpcomingPerPractitioner()));
    f.put("bookingRules.sameSpecialtyMinDays", Integer.toString(r.sameSpecialtyMinDays()));
    Compliance c = d.compliance();
    f.put("compliance.dataRetention", c.dataRetention().toString());
    c.consentTexts().forEach((tag, text) -> f.put("compliance.consentTexts." + tag, text));
    f.put("compliance.smsAllowed", Boolean.toString(c.smsAllowed()));
    f.put("currency", d.currency().getCurrencyCode());
    return f;
  }

  @Override
  public String toString() {
    return "CountryDiff["
        + changes.size()
        + " changes, +"
        + holidaysAdded.size()
        + "/-"
        + holidaysRemoved.size()
        + " holidays]";
  }
}
