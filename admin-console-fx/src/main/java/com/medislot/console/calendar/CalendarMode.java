package com.medislot.console.calendar;

/** How many days the grid shows. */
public enum CalendarMode {
  WEEK(7),
  DAY(1);

  private final int days;

  CalendarMode(int days) {
    this.days = days;
  }

  public int days() {
    return days;
  }
}
