package com.medislot.console.calendar;

import com.medislot.console.api.ExceptionRequest;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "new exception" dialog: wall-clock dates and times typed in the location's zone, turned into
 * the instants the API stores. Holds no scene-graph types.
 */
public final class ExceptionEditorViewModel {

  /** The kinds staff create here; a closure of the whole clinic is an absence of everyone. */
  public enum Kind {
    ABSENCE("Absence (leave, illness)"),
    BLOCK("Block (no bookings)"),
    EXTRA_OPENING("Extra opening"),
    CLOSURE("Closure");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  private final ZoneId zone;
  private final long locationId;
  private final String locationName;

  private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.ABSENCE);
  private final ObjectProperty<LocalDate> fromDate = new SimpleObjectProperty<>(this, "fromDate");
  private final StringProperty fromTime = new SimpleStringProperty(this, "fromTime", "09:00");
  private final ObjectProperty<LocalDate> toDate = new SimpleObjectProperty<>(this, "toDate");
  private final StringProperty toTime = new SimpleStringProperty(this, "toTime", "12:00");
  private final BooleanProperty wholeDays = new SimpleBooleanProperty(this, "wholeDays", false);
  private final BooleanProperty thisLocationOnly =
      new SimpleBooleanProperty(this, "thisLocationOnly", true);
  private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  // which of a repeated wall-clock time (autumn overlap) a prefilled range meant; null: the first
  private ZoneOffset startOffset;
  private ZoneOffset endOffset;

  public ExceptionEditorViewModel(
      ZoneId zone, long locationId, String locationName, LocalDate date) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.locationId = locationId;
    this.locationName = Objects.requireNonNull(locationName, "locationName");
    fromDate.set(Objects.requireNonNull(date, "date"));
    toDate.set(date);
  }

  /**
   * Fills the dates and times with a range chosen on the grid. Where a prefilled time happens twice
   * (the clocks going back), the request keeps the offset of the given instant while that time is
   * left as it is.
   */
  public void prefill(ZonedDateTime start, ZonedDateTime end) {
    ZonedDateTime from = start.withZoneSameInstant(zone);
    ZonedDateTime to = end.withZoneSameInstant(zone);
    wholeDays.set(false);
    fromDate.set(from.toLocalDate());
    fromTime.set(CalendarLayout.TIME.format(from));
    toDate.set(to.toLocalDate());
    toTime.set(CalendarLayout.TIME.format(to));
    startOffset = from.getOffset();
    endOffset = to.getOffset();
  }

  /**
   * The request, or empty with {@link #errorProperty()} saying what to fix. Whole days run from the
   * first day's local midnight to the midnight after the last day.
   */
  public Optional<ExceptionRequest> request() {
    error.set("");
    if (fromDate.get() == null || toDate.get() == null) {
      return fail("Choose the dates.");
    }
    Optional<ZonedDateTime> start;
    Optional<ZonedDateTime> end;
    if (wholeDays.get()) {
      start = Optional.of(fromDate.get().atStartOfDay(zone));
      end = Optional.of(toDate.get().plusDays(1).atStartOfDay(zone));
    } else {
      Optional<LocalTime> from = time(fromTime.get());
      Optional<LocalTime> to = time(toTime.get());
      if (from.isEmpty() || to.isEmpty()) {
        return fail("Times are written HH:mm, e.g. 09:30.");
      }
      start = local(fromDate.get().atTime(from.get()), startOffset);
      end = local(toDate.get().atTime(to.get()), endOffset);
      if (start.isEmpty() || end.isEmpty()) {
        return fail("That time does not exist in " + zone.getId() + " (the clocks go forward).");
      }
    }
    if (!start.get().isBefore(end.get())) {
      return fail("The end must be after the start.");
    }
    String why = reason.get() == null ? "" : reason.get().strip();
    if (why.length() > 500) {
      return fail("The reason may be at most 500 characters.");
    }
    return Optional.of(
        new ExceptionRequest(
            kind.get().name(),
            start.get().toInstant(),
            end.get().toInstant(),
            thisLocationOnly.get() ? OptionalLong.of(locationId) : OptionalLong.empty(),
            why));
  }

  private Optional<ExceptionRequest> fail(String message) {
    error.set(message);
    return Optional.empty();
  }

  /**
   * The local time in the zone; empty in a gap. In an overlap, the one with the preferred offset,
   * else the earlier of the two.
   */
  private Optional<ZonedDateTime> local(LocalDateTime time, ZoneOffset preferred) {
    if (zone.getRules().getValidOffsets(time).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(ZonedDateTime.ofLocal(time, zone, preferred));
  }

  private static Optional<LocalTime> time(String text) {
    try {
      return Optional.of(LocalTime.parse(text == null ? "" : text.strip()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  public String zoneNote() {
    return "Times are local to " + locationName + " (" + zone.getId() + ").";
  }

  public ObjectProperty<Kind> kindProperty() {
    return kind;
  }

  public ObjectProperty<LocalDate> fromDateProperty() {
    return fromDate;
  }

  public StringProperty fromTimeProperty() {
    return fromTime;
  }

  public ObjectProperty<LocalDate> toDateProperty() {
    return toDate;
  }

  public StringProperty toTimeProperty() {
    return toTime;
  }

  public BooleanProperty wholeDaysProperty() {
    return wholeDays;
  }

  public BooleanProperty thisLocationOnlyProperty() {
    return thisLocationOnly;
  }

  public StringProperty reasonProperty() {
    return reason;
  }

  /** Empty while the input is acceptable or not yet checked. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }
}
