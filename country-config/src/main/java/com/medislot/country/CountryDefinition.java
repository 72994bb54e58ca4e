package com.medislot.country;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A validated country file. Immutable and thread-safe; no accessor returns null. Instances come
 * only from {@link CountryFiles}, so every one has passed validation.
 *
 * <p>Holidays are computed from the holiday library on first use for a year and region, with the
 * file's removals and additions applied on top, then remembered.
 */
public final class CountryDefinition {

  /** Years for which holidays may be asked, both ends inclusive. */
  public static final int MIN_YEAR = 1900;

  public static final int MAX_YEAR = 2200;

  private static final Pattern REGION_SUFFIX = Pattern.compile("[A-Z0-9]{1,3}");

  private final String code;
  private final String name;
  private final Locale defaultLocale;
  private final List<CountryZone> timeZones;
  private final HolidayRules holidayRules;
  private final BookingRules bookingRules;
  private final Compliance compliance;
  private final Currency currency;

  private final Map<String, SortedMap<LocalDate, String>> holidayCache = new ConcurrentHashMap<>();

  CountryDefinition(
      String code,
      String name,
      Locale defaultLocale,
      List<CountryZone> timeZones,
      HolidayRules holidayRules,
      BookingRules bookingRules,
      Compliance compliance,
      Currency currency) {
    this.code = Objects.requireNonNull(code, "code");
    this.name = Objects.requireNonNull(name, "name");
    this.defaultLocale = Objects.requireNonNull(defaultLocale, "defaultLocale");
    this.timeZones = List.copyOf(timeZones);
    if (this.timeZones.isEmpty()) {
      throw new IllegalArgumentException("a country needs at least one time zone");
    }
    this.holidayRules = Objects.requireNonNull(holidayRules, "holidayRules");
    this.bookingRules = Objects.requireNonNull(bookingRules, "bookingRules");
    this.compliance = Objects.requireNonNull(compliance, "compliance");
    this.currency = Objects.requireNonNull(currency, "currency");
  }

  /** ISO 3166-1 alpha-2 code, upper case ({@code FR}). */
  public String code() {
    return code;
  }

  /** Display name in English. */
  public String name() {
    return name;
  }

  public Locale defaultLocale() {
    return defaultLocale;
  }

  /** The zones of the country, the default first. Never empty. */
  public List<CountryZone> timeZones() {
    return timeZones;
  }

  /** The zone of the first {@link #timeZones()} entry. */
  public ZoneId defaultZone() {
    return timeZones.get(0).zone();
  }

  /** The zone a subdivision (ISO 3166-2 code) follows: the one listing it, else the default. */
  public ZoneId zoneFor(String region) {
    Objects.requireNonNull(region, "region");
    return timeZones.stream()
        .filter(zone -> zone.regions().contains(region))
        .map(CountryZone::zone)
        .findFirst()
        .orElse(defaultZone());
  }

  public HolidayRules holidayRules() {
    return holidayRules;
  }

  public BookingRules bookingRules() {
    return bookingRules;
  }

  public Compliance compliance() {
    return compliance;
  }

  public Currency currency() {
    return currency;
  }

  /**
   * Public holidays observed in the whole country in one year: date to name (in the default locale
   * where the library has it). Unmodifiable.
   *
   * @throws IllegalArgumentException if the year is outside {@link #MIN_YEAR}..{@link #MAX_YEAR}
   */
  public SortedMap<LocalDate, String> holidays(int year) {
    checkYear(year);
    return holidayCache.computeIfAbsent(
        year + "", key -> compute(year, CalendarRef.parse(holidayRules.source()).orElseThrow()));
  }

  /**
   * Public holidays observed in one subdivision in one year: the country's plus the region's own.
   * The region is an ISO 3166-2 code of this country ({@code FR-57}); a subdivision the holiday
   * library has no rules for observes the country's holidays.
   *
   * @throws IllegalArgumentException if the year is out of range or the region is not an ISO 3166-2
   *     code of this country
   */
  public SortedMap<LocalDate, String> holidays(int year, String region) {
    checkYear(year);
    Objects.requireNonNull(region, "region");
    String prefix = code + "-";
    if (!region.startsWith(prefix)
        || !REGION_SUFFIX.matcher(region.substring(prefix.length())).matches()) {
      throw new IllegalArgumentException(
          "not an ISO 3166-2 subdivision code of " + code + ": '" + region + "'");
    }
    return holidayCache.computeIfAbsent(
        year + "|" + region, key -> compute(year, calendarFor(region)));
  }

  /** The holiday calendar of a subdivision: explicit mapping, else the default rule. */
  private CalendarRef calendarFor(String region) {
    Optional<CalendarRef> explicit =
        Optional.ofNullable(holidayRules.regionSources().get(region))
            .flatMap(CalendarRef::parse)
            .flatMap(HolidayCalendars::resolve);
    if (explicit.isPresent()) {
      return explicit.get();
    }
    CalendarRef country = CalendarRef.parse(holidayRules.source()).orElseThrow();
    String suffix = region.substring(code.length() + 1);
    return HolidayCalendars.resolve(country.child(suffix)).orElse(country);
  }

  private SortedMap<LocalDate, String> compute(int year, CalendarRef calendar) {
    SortedMap<LocalDate, String> days =
        new TreeMap<>(HolidayCalendars.publicHolidays(calendar, year, defaultLocale));
    holidayRules.removals().stream().filter(date -> date.getYear() == year).forEach(days::remove);
    holidayRules.additions().stream()
        .filter(addition -> addition.date().getYear() == year)
        .forEach(addition -> days.merge(addition.date(), addition.name(), HolidayCalendars::join));
    return Collections.unmodifiableSortedMap(days);
  }

  private static void checkYear(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException(
          "year " + year + " is outside " + MIN_YEAR + ".." + MAX_YEAR);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CountryDefinition that
        && code.equals(that.code)
        && name.equals(that.name)
        && defaultLocale.equals(that.defaultLocale)
        && timeZones.equals(that.timeZones)
        && holidayRules.equals(that.holidayRules)
        && bookingRules.equals(that.bookingRules)
        && compliance.equals(that.compliance)
        && currency.equals(that.currency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        code, name, defaultLocale, timeZones, holidayRules, bookingRules, compliance, currency);
  }

  @Override
  public String toString() {
    return "CountryDefinition["
        + code
        + " "
        + name
        + ", "
        + defaultLocale.toLanguageTag()
        + ", "
        + defaultZone()
        + "]";
  }
}
