package com.medislot.console.calendar;

import com.medislot.console.api.CalendarSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Places a calendar on a grid of local days: a pure function of the snapshot, the days, the
 * location and its zone. Items are cut at local midnights; each part is positioned by the
 * wall-clock time in the location's zone, never the machine's.
 */
final class CalendarLayout {

  static final int MINUTES_PER_DAY = 24 * 60;
  static final DateTimeFormatter HEADER = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
  static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

  private CalendarLayout() {}

  static List<DayColumn> columns(
      List<LocalDate> days,
      ZoneId zone,
      CalendarSnapshot snapshot,
      long locationId,
      LocalDate today) {
    List<DayColumn> columns = new ArrayList<>();
    for (LocalDate day : days) {
      Optional<String> holiday =
          snapshot.holidays().stream()
              .filter(h -> h.locationId() == locationId && h.date().equals(day))
              .map(CalendarSnapshot.Holiday::name)
              .findFirst();
      long hours =
          Duration.between(day.atStartOfDay(zone), day.plusDays(1).atStartOfDay(zone)).toHours();
      columns.add(new DayColumn(day, HEADER.format(day), holiday, day.equals(today), (int) hours));
    }
    return columns;
  }

  /**
   * Free time first (merged over the motives), then exceptions, then appointments, so that later
   * blocks may be drawn over earlier ones.
   */
  static List<CalendarBlock> blocks(
      List<LocalDate> days,
      ZoneId zone,
      CalendarSnapshot snapshot,
      long locationId,
      Map<Long, String> motiveNames) {
    List<CalendarBlock> blocks = new ArrayList<>();
    for (Instant[] free : mergedFreeTime(snapshot, locationId)) {
      place(blocks, days, zone, BlockKind.FREE, "Free", "", 0, free[0], free[1]);
    }
    for (CalendarSnapshot.CalendarException e : snapshot.exceptions()) {
      if (!e.appliesTo(locationId)) {
        continue;
      }
      BlockKind kind = BlockKind.ofException(e.kind()).orElse(BlockKind.BLOCK);
      String where = e.locationId().isEmpty() ? " (all locations)" : "";
      String title = kind.label() + (e.reason().isBlank() ? "" : ": " + e.reason());
      place(blocks, days, zone, kind, title, where.strip(), e.id(), e.start(), e.end());
    }
    for (CalendarSnapshot.Appointment a : snapshot.appointments()) {
      if (a.locationId() != locationId) {
        continue;
      }
      String motive = motiveNames.getOrDefault(a.motiveId(), "Motive " + a.motiveId());
      place(
          blocks,
          days,
          zone,
          BlockKind.APPOINTMENT,
          motive,
          "Appointment " + a.id(),
          a.id(),
          a.start(),
          a.end());
    }
    return blocks;
  }

  /** "09:00–09:20" on one day, "Mon 2 Nov 09:00 – Tue 3 Nov 18:00" across days. */
  static String timeRange(Instant start, Instant end, ZoneId zone) {
    ZonedDateTime s = start.atZone(zone);
    ZonedDateTime e = end.atZone(zone);
    if (s.toLocalDate().equals(e.toLocalDate())) {
      return TIME.format(s) + "–" + TIME.format(e);
    }
    return DATE_TIME.format(s) + " – " + DATE_TIME.format(e);
  }

  private static void place(
      List<CalendarBlock> blocks,
      List<LocalDate> days,
      ZoneId zone,
      BlockKind kind,
      String title,
      String detail,
      long refId,
      Instant start,
      Instant end) {
    String when = timeRange(start, end, zone);
    String fullDetail = detail.isBlank() ? when : when + " · " + detail;
    for (int i = 0; i < days.size(); i++) {
      Instant dayStart = days.get(i).atStartOfDay(zone).toInstant();
      Instant dayEnd = days.get(i).plusDays(1).atStartOfDay(zone).toInstant();
      Instant from = start.isAfter(dayStart) ? start : dayStart;
      Instant to = end.isBefore(dayEnd) ? end : dayEnd;
      if (!from.isBefore(to)) {
        continue;
      }
      int startMinute = wallMinute(from, zone);
      int endMinute = to.equals(dayEnd) ? MINUTES_PER_DAY : wallMinute(to, zone);
      if (endMinute <= startMinute) {
        // a part inside the hour the clocks go back: keep its real length on the grid
        long minutes = Math.max(1, Duration.between(from, to).toMinutes());
        endMinute = (int) Math.min(MINUTES_PER_DAY, startMinute + minutes);
      }
      blocks.add(
          new CalendarBlock(kind, i, startMinute, endMinute, title, fullDetail, refId, start, end));
    }
  }

  private static int wallMinute(Instant instant, ZoneId zone) {
    ZonedDateTime local = instant.atZone(zone);
    return local.getHour() * 60 + local.getMinute();
  }

  /** The union of the free slots of every motive at the location, as [start, end) pairs. */
  private static List<Instant[]> mergedFreeTime(CalendarSnapshot snapshot, long locationId) {
    List<CalendarSnapshot.FreeSlot> slots =
        snapshot.freeSlots().stream()
            .filter(s -> s.locationId() == locationId)
            .sorted(Comparator.comparing(CalendarSnapshot.FreeSlot::start))
            .toList();
    List<Instant[]> merged = new ArrayList<>();
    for (CalendarSnapshot.FreeSlot s : slots) {
      Instant[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && !s.start().isAfter(last[1])) {
        if (s.end().isAfter(last[1])) {
          last[1] = s.end();
        }
      } else {
        merged.add(new Instant[] {s.start(), s.end()});
      }
    }
    return merged;
  }
}
