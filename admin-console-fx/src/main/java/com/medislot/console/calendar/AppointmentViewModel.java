package com.medislot.console.calendar;

import com.medislot.console.api.CalendarSnapshot;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The appointment dialog: what and when, and the reason typed before cancelling. */
public final class AppointmentViewModel {

  static final int MAX_REASON = 500;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

  private final CalendarSnapshot.Appointment appointment;
  private final String motive;
  private final String location;
  private final ZoneId zone;
  private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
  private final BooleanBinding canCancel;

  public AppointmentViewModel(
      CalendarSnapshot.Appointment appointment, String motive, String location, ZoneId zone) {
    this.appointment = Objects.requireNonNull(appointment, "appointment");
    this.motive = Objects.requireNonNull(motive, "motive");
    this.location = Objects.requireNonNull(location, "location");
    this.zone = Objects.requireNonNull(zone, "zone");
    canCancel =
        Bindings.createBooleanBinding(
            () -> {
              String text = reason.get() == null ? "" : reason.get().strip();
              return !text.isEmpty() && text.length() <= MAX_REASON;
            },
            reason);
  }

  public long id() {
    return appointment.id();
  }

  public String heading() {
    return "Appointment " + appointment.id();
  }

  public String motive() {
    return motive;
  }

  /** "Sunday 25 October 2026, 09:00–09:20 (Europe/Paris)". */
  public String when() {
    return DAY.format(appointment.start().atZone(zone))
        + ", "
        + CalendarLayout.timeRange(appointment.start(), appointment.end(), zone)
        + " ("
        + zone.getId()
        + ")";
  }

  public String location() {
    return location;
  }

  public String status() {
    return appointment.status();
  }

  public StringProperty reasonProperty() {
    return reason;
  }

  /** True once a reason of at most 500 characters is typed. */
  public BooleanBinding canCancelProperty() {
    return canCancel;
  }
}
