package com.medislot.console.calendar;

import com.medislot.console.api.CalendarSnapshot.Opening;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The weekly template dialog for one location. The API replaces the whole template, so the ranges
 * of the practitioner's other locations, and the validity and alternate-week settings of the ranges
 * kept here, go back unchanged. Holds no scene-graph types.
 */
public final class TemplateEditorViewModel {

  static final Comparator<Opening> ORDER =
      Comparator.comparing(Opening::day).thenComparing(Opening::start);

  private final long locationId;
  private final List<Opening> otherLocations;
  private final ObservableList<Opening> ranges = FXCollections.observableArrayList();

  private final ObjectProperty<DayOfWeek> day =
      new SimpleObjectProperty<>(this, "day", DayOfWeek.MONDAY);
  private final StringProperty start = new SimpleStringProperty(this, "start", "09:00");
  private final StringProperty end = new SimpleStringProperty(this, "end", "12:00");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

  public TemplateEditorViewModel(List<Opening> template, long locationId) {
    this.locationId = locationId;
    this.otherLocations = template.stream().filter(o -> o.locationId() != locationId).toList();
    ranges.setAll(
        template.stream().filter(o -> o.locationId() == locationId).sorted(ORDER).toList());
  }

  /** Adds the range typed in; false with {@link #errorProperty()} saying why not. */
  public boolean add() {
    error.set("");
    Optional<LocalTime> from = time(start.get());
    Optional<LocalTime> to = time(end.get());
    if (day.get() == null) {
      return fail("Choose a day.");
    }
    if (from.isEmpty() || to.isEmpty()) {
      return fail("Times are written HH:mm, e.g. 14:00.");
    }
    if (!from.get().isBefore(to.get())) {
      return fail("The end must be after the start.");
    }
    Opening added = Opening.weekly(locationId, day.get(), from.get(), to.get());
    Optional<Opening> clash =
        ranges.stream().filter(o -> o.everyWeeks() == 1 && overlaps(o, added)).findFirst();
    if (clash.isPresent()) {
      return fail(
          "Overlaps "
              + clash.get().start()
              + "–"
              + clash.get().end()
              + " on "
              + label(clash.get().day())
              + ".");
    }
    List<Opening> sorted = new ArrayList<>(ranges);
    sorted.add(added);
    sorted.sort(ORDER);
    ranges.setAll(sorted);
    return true;
  }

  public void remove(Opening range) {
    ranges.remove(range);
    error.set("");
  }

  /** The whole template to send: other locations' ranges, then this location's. */
  public List<Opening> result() {
    List<Opening> all = new ArrayList<>(otherLocations);
    all.addAll(ranges);
    return List.copyOf(all);
  }

  /** "Monday 09:00–12:00", with "every 2 weeks" or validity dates when set. */
  public static String describe(Opening o) {
    StringBuilder text = new StringBuilder(label(o.day()) + " " + o.start() + "–" + o.end());
    if (o.everyWeeks() > 1) {
      text.append(", every ").append(o.everyWeeks()).append(" weeks");
    }
    o.validFrom().ifPresent(d -> text.append(", from ").append(d));
    o.validUntil().ifPresent(d -> text.append(", until ").append(d));
    return text.toString();
  }

  private static String label(DayOfWeek day) {
    String name = day.name();
    return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  private static boolean overlaps(Opening a, Opening b) {
    return a.day() == b.day() && a.start().isBefore(b.end()) && b.start().isBefore(a.end());
  }

  private boolean fail(String message) {
    error.set(message);
    return false;
  }

  private static Optional<LocalTime> time(String text) {
    try {
      return Optional.of(LocalTime.parse(text == null ? "" : text.strip()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  public ObservableList<Opening> ranges() {
    return ranges;
  }

  public ObjectProperty<DayOfWeek> dayProperty() {
    return day;
  }

  public StringProperty startProperty() {
    return start;
  }

  public StringProperty endProperty() {
    return end;
  }

  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }
}
