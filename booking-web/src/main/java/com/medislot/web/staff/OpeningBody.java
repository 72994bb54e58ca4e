package com.medislot.web.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One opening range of {@code PUT …/templates}: {@code day} is MONDAY…SUNDAY, times HH:mm, dates
 * YYYY-MM-DD.
 */
public class OpeningBody {
  @NotNull @Positive public Long locationId;

  @NotBlank
  @Size(max = 9)
  public String day;

  @NotBlank
  @Size(max = 8)
  public String start;

  @NotBlank
  @Size(max = 8)
  public String end;

  @Size(max = 10)
  public String validFrom;

  @Size(max = 10)
  public String validUntil;

  /** 1 (the default) for every week, 2 to 4 for alternate weeks. */
  public Integer everyWeeks;

  /** A date in a week the range applies, needed when {@code everyWeeks} is more than 1. */
  @Size(max = 10)
  public String anchorWeek;

  /** The visit motives the range is reserved to; absent or empty: every motive. */
  @Size(max = 50)
  public List<@NotNull @Positive Long> motiveIds;
}
