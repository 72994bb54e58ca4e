package com.medislot.web.staff;

/**
 * Body of {@code PUT /staff/practitioners/{id}/rules}: the practitioner's own booking rules. An
 * absent or null value falls back to the country's default.
 */
public class RulesBody {
  /** 0 to 43200 (30 days). */
  public Integer minimumNoticeMinutes;

  /** 1 to 730. */
  public Integer bookingHorizonDays;

  /** 5 to 1440; absent: slots follow each other. */
  public Integer slotIntervalMinutes;
}
