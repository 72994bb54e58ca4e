package com.medislot.country;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** The only class that talks to the Jollyday holiday library. Thread-safe. */
final class HolidayCalendars {

  /**
   * Jollyday defaults to its Jackson reader, which we do not ship; its JAXB reader uses the Jakarta
   * XML Binding that Payara provides.
   */
  private static final String CONFIGURATION_SERVICE =
      "de.focus_shift.jollyday.jaxb.JaxbConfigurationService";

  private static final Map<String, HolidayManager> MANAGERS = new ConcurrentHashMap<>();

  private static volatile Set<String> supported;

  private HolidayCalendars() {}

  static boolean exists(String calendar) {
    Set<String> codes = supported;
    if (codes == null) {
      codes =
          HolidayManager.getSupportedCalendarCodes().stream()
              .map(code -> code.toLowerCase(Locale.ROOT))
              .collect(Collectors.toUnmodifiableSet());
      supported = codes;
    }
    return codes.contains(calendar);
  }

  /**
   * Resolves a reference against the library's region tree, answering it with the region keys
   * spelled as the library spells them; empty when the calendar or a region is unknown.
   */
  static Optional<CalendarRef> resolve(CalendarRef ref) {
    if (!exists(ref.calendar())) {
      return Optional.empty();
    }
    CalendarHierarchy node = manager(ref.calendar()).getCalendarHierarchy();
    CalendarRef resolved = new CalendarRef(ref.calendar(), List.of());
    for (String segment : ref.path()) {
      Optional<Map.Entry<String, CalendarHierarchy>> child =
          node.getChildren().entrySet().stream()
              .filter(entry -> entry.getKey().equalsIgnoreCase(segment))
              .findFirst();
      if (child.isEmpty()) {
        return Optional.empty();
      }
      node = child.get().getValue();
      resolved = resolved.child(child.get().getKey());
    }
    return Optional.of(resolved);
  }

  /**
   * Public holidays (not bank holidays nor observances) of a resolved calendar in one year, named
   * in the given locale. Two holidays on one day share the entry, names joined.
   */
  static SortedMap<LocalDate, String> publicHolidays(CalendarRef ref, int year, Locale locale) {
    Set<Holiday> holidays =
        manager(ref.calendar())
            .getHolidays(
                Year.of(year), HolidayType.PUBLIC_HOLIDAY, ref.path().toArray(String[]::new));
    SortedMap<LocalDate, String> byDate = new TreeMap<>();
    holidays.stream()
        .sorted()
        .forEach(
            holiday ->
                byDate.merge(
                    holiday.getDate(), holiday.getDescription(locale), HolidayCalendars::join));
    return byDate;
  }

  static String join(String first, String second) {
    return first.equals(second) ? first : first + " / " + second;
  }

  private static HolidayManager manager(String calendar) {
    return MANAGERS.computeIfAbsent(calendar, HolidayCalendars::load);
  }

  private static HolidayManager load(String calendar) {
    Properties properties = new Properties();
    properties.setProperty("configuration.service.impl", CONFIGURATION_SERVICE);
    return HolidayManager.getInstance(ManagerParameters.create(calendar, properties));
  }
}
