package com.medislot.country;

import com.medislot.country.LocatedJson.ArrayNode;
import com.medislot.country.LocatedJson.Member;
import com.medislot.country.LocatedJson.Node;
import com.medislot.country.LocatedJson.ObjectNode;
import com.medislot.country.LocatedJson.ScalarNode;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a located JSON tree into a {@link CountryDefinition}, collecting every problem rather than
 * stopping at the first, so one edit-validate round fixes as much as possible. One instance per
 * file; not thread-safe.
 */
final class CountryFileParser {

  static final Set<String> TOP_LEVEL_FIELDS =
      Set.of(
          "$schema",
          "code",
          "name",
          "defaultLocale",
          "timeZones",
          "holidays",
          "bookingRules",
          "compliance",
          "currency");
  static final Set<String> ZONE_FIELDS = Set.of("zone", "regions");
  static final Set<String> HOLIDAY_FIELDS = Set.of("source", "regions", "additions", "removals");
  static final Set<String> ADDITION_FIELDS = Set.of("date", "name");
  static final Set<String> BOOKING_FIELDS =
      Set.of(
          "minimumNotice",
          "bookingHorizon",
          "patientCancellationCutoff",
          "reminders",
          "maxUpcomingPerPractitioner",
          "sameSpecialtyMinDays");
  static final Set<String> COMPLIANCE_FIELDS =
      Set.of("dataRetention", "consentTexts", "smsAllowed");

  private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");
  private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
  private static final Pattern FILE_NAME_CODE = Pattern.compile("(?:.*[/\\\\])?([A-Z]{2})\\.json");
  private static final int MAX_NAME_LENGTH = 100;
  private static final int MAX_TEXT_LENGTH = 10_000;
  private static final int MAX_LIST_SIZE = 400;
  private static final Duration MAX_NOTICE = Duration.ofDays(30);
  private static final Duration MAX_REMINDER = Duration.ofDays(30);
  private static final int MAX_HORIZON_DAYS = 731;

  private final String file;
  private final List<ValidationError> errors = new ArrayList<>();

  CountryFileParser(String file) {
    this.file = file;
  }

  ValidationResult parse(Node root) {
    Optional<CountryDefinition> definition = object(root, "").flatMap(this::country);
    if (!errors.isEmpty() || definition.isEmpty()) {
      if (errors.isEmpty()) {
        error(root.line(), "", "not a valid country file");
      }
      List<ValidationError> sorted = new ArrayList<>(errors);
      sorted.sort(Comparator.comparingInt(ValidationError::line));
      return ValidationResult.invalid(sorted);
    }
    return ValidationResult.valid(definition.get());
  }

  // ---- the document ----------------------------------------------------------------------

  private Optional<CountryDefinition> country(Fields top) {
    top.allowOnly(TOP_LEVEL_FIELDS);
    top.optional("$schema").ifPresent(node -> string(node, "$schema"));
    Optional<String> code = top.required("code").flatMap(node -> countryCode(node));
    Optional<String> name = top.required("name").flatMap(node -> name(node, "name"));
    Optional<Locale> locale =
        top.required("defaultLocale").flatMap(node -> locale(node, "defaultLocale"));
    Optional<List<CountryZone>> zones =
        top.required("timeZones").flatMap(node -> zones(node, code));
    Optional<HolidayRules> holidays =
        top.required("holidays")
            .flatMap(node -> object(node, "holidays"))
            .flatMap(h -> holidays(h, code, locale));
    Optional<BookingRules> booking =
        top.required("bookingRules")
            .flatMap(node -> object(node, "bookingRules"))
            .flatMap(this::bookingRules);
    Optional<Compliance> compliance =
        top.required("compliance")
            .flatMap(node -> object(node, "compliance"))
            .flatMap(c -> compliance(c, locale));
    Optional<Currency> currency = top.required("currency").flatMap(this::currency);
    if (!errors.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new CountryDefinition(
            code.orElseThrow(),
            name.orElseThrow(),
            locale.orElseThrow(),
            zones.orElseThrow(),
            holidays.orElseThrow(),
            booking.orElseThrow(),
            compliance.orElseThrow(),
            currency.orElseThrow()));
  }

  private Optional<String> countryCode(Node node) {
    Optional<String> code =
        string(node, "code")
            .filter(
                text ->
                    check(
                        COUNTRY_CODE.matcher(text).matches()
                            && Set.of(Locale.getISOCountries()).contains(text),
                        node,
                        "code",
                        "not an ISO 3166-1 alpha-2 country code: " + quote(text)));
    code.ifPresent(
        text -> {
          var named = FILE_NAME_CODE.matcher(file);
          if (named.matches() && !named.group(1).equals(text)) {
            error(
                node.line(),
                "code",
                "is " + text + " but the file is named " + named.group(1) + ".json");
          }
        });
    return code;
  }

  private Optional<Locale> locale(Node node, String field) {
    return string(node, field).flatMap(tag -> languageTag(node, field, tag));
  }

  private Optional<Locale> languageTag(Node node, String field, String tag) {
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(tag).build();
    } catch (IllformedLocaleException e) {
      error(node.line(), field, "not a BCP 47 language tag: " + quote(tag));
      return Optional.empty();
    }
    boolean knownLanguage = Set.of(Locale.getISOLanguages()).contains(locale.getLanguage());
    boolean knownCountry =
        locale.getCountry().isEmpty()
            || Set.of(Locale.getISOCountries()).contains(locale.getCountry());
    if (!knownLanguage || !knownCountry || !locale.getVariant().isEmpty()) {
      error(node.line(), field, "unknown locale: " + quote(tag));
      return Optional.empty();
    }
    return Optional.of(locale);
  }

  // ---- time zones ------------------------------------------------------------------------

  private Optional<List<CountryZone>> zones(Node node, Optional<String> country) {
    String field = "timeZones";
    Optional<ArrayNode> array = array(node, field);
    if (array.isEmpty()) {
      return Optional.empty();
    }
    if (array.get().items().isEmpty()) {
      error(node.line(), field, "needs at least one time zone (the first is the default)");
      return Optional.empty();
    }
    List<CountryZone> zones = new ArrayList<>();
    Map<String, Integer> regionLines = new HashMap<>();
    Map<ZoneId, Integer> zoneLines = new HashMap<>();
    List<Node> items = array.get().items();
    for (int i = 0; i < items.size(); i++) {
      String path = Paths.index(field, i);
      Optional<Fields> entry = object(items.get(i), path);
      if (entry.isEmpty()) {
        continue;
      }
      entry.get().allowOnly(ZONE_FIELDS);
      Optional<ZoneId> zone =
          entry.get().required("zone").flatMap(z -> zoneId(z, Paths.field(path, "zone")));
      zone.ifPresent(
          id -> {
            Integer first = zoneLines.putIfAbsent(id, entry.get().node.line());
            if (first != null) {
              error(
                  entry.get().lineOf("zone"),
                  Paths.field(path, "zone"),
                  "zone " + id + " is already listed at line " + first);
            }
          });
      Optional<List<String>> regions =
          entry
              .get()
              .required("regions")
              .flatMap(r -> regions(r, Paths.field(path, "regions"), country, regionLines));
      if (i > 0 && regions.map(List::isEmpty).orElse(false)) {
        error(
            entry.get().node.line(),
            Paths.field(path, "regions"),
            "only the first (default) zone may leave its regions empty");
      }
      if (zone.isPresent() && regions.isPresent()) {
        zones.add(new CountryZone(zone.get(), regions.get()));
      }
    }
    return zones.size() == items.size() ? Optional.of(zones) : Optional.empty();
  }

  private Optional<ZoneId> zoneId(Node node, String field) {
    return string(node, field)
        .flatMap(
            id -> {
              try {
                ZoneId zone = ZoneId.of(id);
                if (zone instanceof ZoneOffset || !ZoneId.getAvailableZoneIds().contains(id)) {
                  error(
                      node.line(),
                      field,
                      "not an IANA time zone id (e.g. Europe/Paris): " + quote(id));
                  return Optional.empty();
                }
                return Optional.of(zone);
              } catch (DateTimeException e) {
                error(node.line(), field, "unknown time zone id: " + quote(id));
                return Optional.empty();
              }
            });
  }

  private Optional<List<String>> regions(
      Node node, String field, Optional<String> country, Map<String, Integer> seen) {
    return list(node, field, (item, path) -> subdivision(item, path, country))
        .map(
            regions -> {
              List<Node> items = ((ArrayNode) node).items();
              for (int i = 0; i < regions.size(); i++) {
                Integer first = seen.putIfAbsent(regions.get(i), items.get(i).line());
                if (first != null) {
                  error(
                      items.get(i).line(),
                      Paths.index(field, i),
                      regions.get(i) + " is already listed at line " + first);
                }
              }
              return regions;
            });
  }

  private Optional<String> subdivision(Node node, String field, Optional<String> country) {
    return string(node, field)
        .filter(
            text ->
                check(
                    country.isEmpty()
                        || Pattern.matches(Pattern.quote(country.get()) + "-[A-Z0-9]{1,3}", text),
                    node,
                    field,
                    "not an ISO 3166-2 subdivision code of "
                        + country.orElse("")
                        + ": "
                        + quote(text)));
  }

  // ---- holidays --------------------------------------------------------------------------

  private Optional<HolidayRules> holidays(
      Fields holidays, Optional<String> country, Optional<Locale> locale) {
    holidays.allowOnly(HOLIDAY_FIELDS);
    Optional<CalendarRef> source =
        holidays.required("source").flatMap(node -> calendar(node, "holidays.source", true));
    Map<String, String> regionSources = new LinkedHashMap<>();
    boolean regionsOk =
        holidays
            .optional("regions")
            .map(node -> regionSources(node, country, regionSources))
            .orElse(true);
    List<Optional<HolidayAddition>> additions =
        holidays.optional("additions").map(this::additions).orElse(List.of());
    List<Optional<LocalDate>> removals =
        holidays.optional("removals").map(this::removals).orElse(List.of());
    boolean allRead =
        source.isPresent()
            && regionsOk
            && additions.stream().allMatch(Optional::isPresent)
            && removals.stream().allMatch(Optional::isPresent);
    if (!allRead) {
      return Optional.empty();
    }
    List<HolidayAddition> added = additions.stream().map(Optional::get).toList();
    List<LocalDate> removed = removals.stream().map(Optional::get).toList();
    if (!checkAgainstSource(holidays, source.get(), added, removed, locale.orElse(Locale.ROOT))) {
      return Optional.empty();
    }
    return Optional.of(
        new HolidayRules(source.get().toString(), regionSources, added, new TreeSet<>(removed)));
  }

  private Optional<CalendarRef> calendar(Node node, String field, boolean countryLevel) {
    return string(node, field)
        .flatMap(
            text -> {
              Optional<CalendarRef> ref = CalendarRef.parse(text);
              if (ref.isEmpty()) {
                error(
                    node.line(),
                    field,
                    "not a holiday calendar reference (e.g. jollyday:fr): " + quote(text));
                return Optional.empty();
              }
              if (countryLevel && !ref.get().path().isEmpty()) {
                error(
                    node.line(),
                    field,
                    "the country calendar takes no region path: " + quote(text));
                return Optional.empty();
              }
              if (!HolidayCalendars.exists(ref.get().calendar())) {
                error(node.line(), field, "unknown holiday calendar: " + quote(text));
                return Optional.empty();
              }
              Optional<CalendarRef> resolved = HolidayCalendars.resolve(ref.get());
              if (resolved.isEmpty()) {
                error(node.line(), field, "unknown region in holiday calendar: " + quote(text));
              }
              return resolved;
            });
  }

  private boolean regionSources(Node node, Optional<String> country, Map<String, String> into) {
    Optional<ObjectNode> object = objectNode(node, "holidays.regions");
    if (object.isEmpty()) {
      return false;
    }
    boolean ok = true;
    for (Member member : object.get().members().values()) {
      String path = Paths.field("holidays.regions", member.key());
      Optional<String> region =
          subdivision(
              new ScalarNode(member.line(), jakarta.json.Json.createValue(member.key())),
              path,
              country);
      Optional<CalendarRef> calendar = calendar(member.value(), path, false);
      if (region.isPresent() && calendar.isPresent()) {
        into.put(region.get(), calendar.get().toString());
      } else {
        ok = false;
      }
    }
    return ok;
  }

  private List<Optional<HolidayAddition>> additions(Node node) {
    String field = "holidays.additions";
    Optional<ArrayNode> array = arrayWithinLimit(node, field);
    if (array.isEmpty()) {
      return List.of(Optional.empty());
    }
    List<Optional<HolidayAddition>> additions = new ArrayList<>();
    Map<LocalDate, Integer> seen = new HashMap<>();
    List<Node> items = array.get().items();
    for (int i = 0; i < items.size(); i++) {
      String path = Paths.index(field, i);
      Optional<Fields> entry = object(items.get(i), path);
      if (entry.isEmpty()) {
        additions.add(Optional.empty());
        continue;
      }
      entry.get().allowOnly(ADDITION_FIELDS);
      Optional<LocalDate> date =
          entry.get().required("date").flatMap(d -> date(d, Paths.field(path, "date")));
      Optional<String> name =
          entry.get().required("name").flatMap(n -> name(n, Paths.field(path, "name")));
      if (date.isPresent()) {
        Integer first = seen.putIfAbsent(date.get(), items.get(i).line());
        if (first != null) {
          error(
              entry.get().lineOf("date"),
              Paths.field(path, "date"),
              "duplicate holiday " + date.get() + " (first added at line " + first + ")");
          additions.add(Optional.empty());
          continue;
        }
      }
      additions.add(
          date.isPresent() && name.isPresent()
              ? Optional.of(new HolidayAddition(date.get(), name.get()))
              : Optional.empty());
    }
    return additions;
  }

  private List<Optional<LocalDate>> removals(Node node) {
    String field = "holidays.removals";
    Optional<ArrayNode> array = arrayWithinLimit(node, field);
    if (array.isEmpty()) {
      return List.of(Optional.empty());
    }
    List<Optional<LocalDate>> removals = new ArrayList<>();
    Map<LocalDate, Integer> seen = new HashMap<>();
    List<Node> items = array.get().items();
    for (int i = 0; i < items.size(); i++) {
      String path = Paths.index(field, i);
      Optional<LocalDate> date = date(items.get(i), path);
      if (date.isPresent()) {
        Integer first = seen.putIfAbsent(date.get(), items.get(i).line());
        if (first != null) {
          error(
              items.get(i).line(),
              path,
              "duplicate removal " + date.get() + " (first at line " + first + ")");
          date = Optional.empty();
        }
      }
      removals.add(date);
    }
    return removals;
  }

  /**
   * Additions must add something and removals remove something: a no-op entry is almost always a
   * typo in a date, which would silently leave a clinic open on a holiday.
   */
  private boolean checkAgainstSource(
      Fields holidays,
      CalendarRef source,
      List<HolidayAddition> added,
      List<LocalDate> removed,
      Locale locale) {
    int before = errors.size();
    Map<Integer, SortedMap<LocalDate, String>> byYear = new HashMap<>();
    Function<LocalDate, Optional<SortedMap<LocalDate, String>>> yearOf =
        date ->
            date.getYear() < CountryDefinition.MIN_YEAR
                    || date.getYear() > CountryDefinition.MAX_YEAR
                ? Optional.empty()
                : Optional.of(
                    byYear.computeIfAbsent(
                        date.getYear(),
                        year -> HolidayCalendars.publicHolidays(source, year, locale)));
    List<Node> additionNodes = holidays.dateNodes("additions");
    for (int i = 0; i < added.size(); i++) {
      LocalDate date = added.get(i).date();
      Node at = additionNodes.get(i);
      String path = Paths.field(Paths.index("holidays.additions", i), "date");
      Optional<SortedMap<LocalDate, String>> known = yearOf.apply(date);
      if (known.isEmpty()) {
        error(at.line(), path, yearRange(date));
      } else if (known.get().containsKey(date)) {
        error(
            at.line(),
            path,
            date
                + " is already a public holiday in "
                + source
                + " ("
                + known.get().get(date)
                + ")");
      } else if (removed.contains(date)) {
        error(at.line(), path, date + " is both added and removed");
      }
    }
    Set<LocalDate> addedDates =
        added.stream().map(HolidayAddition::date).collect(Collectors.toSet());
    List<Node> removalNodes = holidays.dateNodes("removals");
    for (int i = 0; i < removed.size(); i++) {
      LocalDate date = removed.get(i);
      String path = Paths.index("holidays.removals", i);
      Optional<SortedMap<LocalDate, String>> known = yearOf.apply(date);
      if (known.isEmpty()) {
        error(removalNodes.get(i).line(), path, yearRange(date));
      } else if (!known.get().containsKey(date) && !addedDates.contains(date)) {
        error(removalNodes.get(i).line(), path, date + " is not a public holiday in " + source);
      }
    }
    return errors.size() == before;
  }

  private static String yearRange(LocalDate date) {
    return "year of "
        + date
        + " is outside "
        + CountryDefinition.MIN_YEAR
        + ".."
        + CountryDefinition.MAX_YEAR;
  }

  // ---- booking rules and compliance --------------------------------------------------------

  private Optional<BookingRules> bookingRules(Fields rules) {
    rules.allowOnly(BOOKING_FIELDS);
    String at = "bookingRules.";
    Optional<Duration> notice =
        rules
            .required("minimumNotice")
            .flatMap(n -> duration(n, at + "minimumNotice", Duration.ZERO, MAX_NOTICE));
    Optional<Period> horizon =
        rules.required("bookingHorizon").flatMap(n -> horizon(n, at + "bookingHorizon"));
    Optional<Duration> cutoff =
        rules
            .required("patientCancellationCutoff")
            .flatMap(n -> duration(n, at + "patientCancellationCutoff", Duration.ZERO, MAX_NOTICE));
    Optional<List<Duration>> reminders =
        rules.required("reminders").flatMap(n -> reminders(n, at + "reminders"));
    Optional<Integer> maxUpcoming =
        rules
            .required("maxUpcomingPerPractitioner")
            .flatMap(n -> integer(n, at + "maxUpcomingPerPractitioner", 1, 100));
    Optional<Integer> sameSpecialty =
        rules
            .required("sameSpecialtyMinDays")
            .flatMap(n -> integer(n, at + "sameSpecialtyMinDays", 0, 365));
    if (notice.isEmpty()
        || horizon.isEmpty()
        || cutoff.isEmpty()
        || reminders.isEmpty()
        || maxUpcoming.isEmpty()
        || sameSpecialty.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new BookingRules(
            notice.get(),
            horizon.get(),
            cutoff.get(),
            reminders.get(),
            maxUpcoming.get(),
            sameSpecialty.get()));
  }

  private Optional<List<Duration>> reminders(Node node, String field) {
    return list(
            node, field, (item, path) -> duration(item, path, Duration.ofMinutes(1), MAX_REMINDER))
        .flatMap(
            list -> {
              if (new TreeSet<>(list).size() != list.size()) {
                error(node.line(), field, "lists the same reminder time twice");
                return Optional.empty();
              }
              List<Duration> longestFirst = new ArrayList<>(list);
              longestFirst.sort(Comparator.reverseOrder());
              return Optional.of(longestFirst);
            });
  }

  private Optional<Period> horizon(Node node, String field) {
    return period(node, field)
        .filter(
            period ->
                check(
                    !period.isNegative()
                        && !period.isZero()
                        && period.toTotalMonths() * 31 + period.getDays() <= MAX_HORIZON_DAYS,
                    node,
                    field,
                    "must be a positive period of at most "
                        + MAX_HORIZON_DAYS
                        + " days: "
                        + period));
  }

  private Optional<Compliance> compliance(Fields compliance, Optional<Locale> locale) {
    compliance.allowOnly(COMPLIANCE_FIELDS);
    Optional<Period> retention =
        compliance
            .required("dataRetention")
            .flatMap(
                n ->
                    period(n, "compliance.dataRetention")
                        .filter(
                            p ->
                                check(
                                    !p.isNegative() && !p.isZero(),
                                    n,
                                    "compliance.dataRetention",
                                    "must be a positive period")));
    Optional<Map<String, String>> texts =
        compliance.required("consentTexts").flatMap(n -> consentTexts(n, locale));
    Optional<Boolean> sms =
        compliance.required("smsAllowed").flatMap(n -> bool(n, "compliance.smsAllowed"));
    if (retention.isEmpty() || texts.isEmpty() || sms.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Compliance(retention.get(), texts.get(), sms.get()));
  }

  private Optional<Map<String, String>> consentTexts(Node node, Optional<Locale> locale) {
    String field = "compliance.consentTexts";
    Optional<ObjectNode> object = objectNode(node, field);
    if (object.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> texts = new LinkedHashMap<>();
    boolean ok = true;
    for (Member member : object.get().members().values()) {
      String path = Paths.field(field, member.key());
      Optional<Locale> language = languageTag(member.value(), path, member.key());
      Optional<String> text =
          string(member.value(), path)
              .filter(
                  t ->
                      check(
                          !t.isBlank() && t.length() <= MAX_TEXT_LENGTH,
                          member.value(),
                          path,
                          "must be a non-blank text of at most "
                              + MAX_TEXT_LENGTH
                              + " characters"));
      if (language.isPresent() && text.isPresent()) {
        texts.put(language.get().toLanguageTag(), text.get());
      } else {
        ok = false;
      }
    }
    if (ok
        && locale.isPresent()
        && !texts.containsKey(locale.get().getLanguage())
        && !texts.containsKey(locale.get().toLanguageTag())) {
      error(
          node.line(),
          field,
          "needs a text for the default locale's language '" + locale.get().getLanguage() + "'");
      ok = false;
    }
    return ok ? Optional.of(texts) : Optional.empty();
  }

  private Optional<Currency> currency(Node node) {
    return string(node, "currency")
        .flatMap(
            text -> {
              if (CURRENCY_CODE.matcher(text).matches()) {
                try {
                  return Optional.of(Currency.getInstance(text));
                } catch (IllegalArgumentException e) {
                  // falls through to the error below
                }
              }
              error(node.line(), "currency", "not an ISO 4217 currency code: " + quote(text));
              return Optional.empty();
            });
  }

  // ---- typed values ------------------------------------------------------------------------

  private Optional<Fields> object(Node node, String field) {
    return objectNode(node, field).map(object -> new Fields(object, field));
  }

  private Optional<ObjectNode> objectNode(Node node, String field) {
    if (node instanceof ObjectNode object) {
      return Optional.of(object);
    }
    wrongType(node, field, "an object");
    return Optional.empty();
  }

  private Optional<ArrayNode> array(Node node, String field) {
    if (node instanceof ArrayNode array) {
      return Optional.of(array);
    }
    wrongType(node, field, "an array");
    return Optional.empty();
  }

  private Optional<ArrayNode> arrayWithinLimit(Node node, String field) {
    return array(node, field)
        .filter(
            array ->
                check(
                    array.items().size() <= MAX_LIST_SIZE,
                    node,
                    field,
                    "has " + array.items().size() + " entries, more than " + MAX_LIST_SIZE));
  }

  /** Reads every item; empty if the node is not an array or any item is invalid. */
  private <T> Optional<List<T>> list(
      Node node, String field, java.util.function.BiFunction<Node, String, Optional<T>> item) {
    Optional<ArrayNode> array = arrayWithinLimit(node, field);
    if (array.isEmpty()) {
      return Optional.empty();
    }
    List<T> values = new ArrayList<>();
    boolean ok = true;
    List<Node> items = array.get().items();
    for (int i = 0; i < items.size(); i++) {
      Optional<T> value = item.apply(items.get(i), Paths.index(field, i));
      if (value.isPresent()) {
        values.add(value.get());
      } else {
        ok = false;
      }
    }
    return ok ? Optional.of(values) : Optional.empty();
  }

  private Optional<String> string(Node node, String field) {
    if (node instanceof ScalarNode scalar && scalar.value() instanceof JsonString text) {
      // PostgreSQL refuses a NUL in text: a file that passed a dry run would fail to apply
      String value = text.getString();
      boolean plain =
          value.chars().noneMatch(Character::isISOControl)
              && value.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE);
      return check(plain, node, field, "must not contain control characters or broken Unicode")
          ? Optional.of(value)
          : Optional.empty();
    }
    wrongType(node, field, "a string");
    return Optional.empty();
  }

  private Optional<String> name(Node node, String field) {
    return string(node, field)
        .filter(
            text ->
                check(
                    !text.isBlank() && text.length() <= MAX_NAME_LENGTH,
                    node,
                    field,
                    "must be a non-blank name of at most " + MAX_NAME_LENGTH + " characters"));
  }

  private Optional<Boolean> bool(Node node, String field) {
    if (node instanceof ScalarNode scalar) {
      JsonValue.ValueType type = scalar.value().getValueType();
      if (type == JsonValue.ValueType.TRUE || type == JsonValue.ValueType.FALSE) {
        return Optional.of(type == JsonValue.ValueType.TRUE);
      }
    }
    wrongType(node, field, "a boolean");
    return Optional.empty();
  }

  private Optional<Integer> integer(Node node, String field, int min, int max) {
    if (!(node instanceof ScalarNode scalar && scalar.value() instanceof JsonNumber number)) {
      wrongType(node, field, "an integer");
      return Optional.empty();
    }
    try {
      int value = number.bigDecimalValue().intValueExact();
      if (value < min || value > max) {
        error(node.line(), field, "must be between " + min + " and " + max + ": " + value);
        return Optional.empty();
      }
      return Optional.of(value);
    } catch (ArithmeticException e) {
      error(node.line(), field, "not an integer: " + quote(number.toString()));
      return Optional.empty();
    }
  }

  private Optional<Duration> duration(Node node, String field, Duration min, Duration max) {
    return string(node, field)
        .flatMap(
            text -> {
              try {
                Duration duration = Duration.parse(text);
                if (duration.compareTo(min) < 0 || duration.compareTo(max) > 0) {
                  error(node.line(), field, "must be between " + min + " and " + max + ": " + text);
                  return Optional.empty();
                }
                return Optional.of(duration);
              } catch (DateTimeParseException e) {
                error(node.line(), field, "not an ISO-8601 duration (e.g. PT2H): " + quote(text));
                return Optional.empty();
              }
            });
  }

  private Optional<Period> period(Node node, String field) {
    return string(node, field)
        .flatMap(
            text -> {
              try {
                return Optional.of(Period.parse(text));
              } catch (DateTimeParseException e) {
                error(node.line(), field, "not an ISO-8601 period (e.g. P90D): " + quote(text));
                return Optional.empty();
              }
            });
  }

  private Optional<LocalDate> date(Node node, String field) {
    return string(node, field)
        .flatMap(
            text -> {
              try {
                return Optional.of(LocalDate.parse(text));
              } catch (DateTimeParseException e) {
                error(node.line(), field, "not an ISO-8601 date (YYYY-MM-DD): " + quote(text));
                return Optional.empty();
              }
            });
  }

  // ---- errors ------------------------------------------------------------------------------

  private boolean check(boolean condition, Node node, String field, String message) {
    if (!condition) {
      error(node.line(), field, message);
    }
    return condition;
  }

  private void wrongType(Node node, String field, String expected) {
    error(node.line(), field, "expected " + expected + ", found " + node.kind());
  }

  private void error(int line, String field, String message) {
    errors.add(new ValidationError(file, line, field, message));
  }

  /** User text echoed in messages, cut short: a hostile file must not produce huge messages. */
  static String quote(String text) {
    String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
    return "'" + shown + "'";
  }

  /** An object's members seen from a field path, reporting unknown and missing fields. */
  private final class Fields {
    final ObjectNode node;
    final String path;

    Fields(ObjectNode node, String path) {
      this.node = node;
      this.path = path;
    }

    void allowOnly(Set<String> known) {
      for (Member member : node.members().values()) {
        if (!known.contains(member.key())) {
          error(member.line(), Paths.field(path, member.key()), "unknown field");
        }
      }
    }

    Optional<Node> required(String name) {
      Member member = node.members().get(name);
      if (member == null) {
        error(node.line(), Paths.field(path, name), "missing");
        return Optional.empty();
      }
      return Optional.of(member.value());
    }

    Optional<Node> optional(String name) {
      return Optional.ofNullable(node.members().get(name)).map(Member::value);
    }

    /**
     * For each item of an array member, the node that holds its date: the item itself for a list of
     * dates, its {@code date} member for a list of objects.
     */
    List<Node> dateNodes(String name) {
      return optional(name)
          .filter(ArrayNode.class::isInstance)
          .map(array -> ((ArrayNode) array).items().stream().map(Fields::dateNode).toList())
          .orElse(List.of());
    }

    private static Node dateNode(Node item) {
      return item instanceof ObjectNode object && object.members().containsKey("date")
          ? object.members().get("date").value()
          : item;
    }

    int lineOf(String name) {
      return optional(name).map(Node::line).orElse(node.line());
    }
  }
}
