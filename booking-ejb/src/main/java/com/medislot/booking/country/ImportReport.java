package com.medislot.booking.country;

import com.medislot.country.CountryDiff;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an import did, or would do in a dry run. Immutable.
 *
 * @param code the country
 * @param name its name in the imported file
 * @param outcome new country, changed country, or nothing to change
 * @param applied true when the change was committed (never in a dry run, never when unchanged)
 * @param diff the changes against the live definition
 * @param holidayYears the years whose holidays {@code diff} compares
 * @param beforeSha256 SHA-256 of the live file, empty for a new country
 * @param afterSha256 SHA-256 of the imported file
 * @param practitionersRefreshed practitioners whose free slots are recomputed because of the import
 */
public record ImportReport(
    String code,
    String name,
    Outcome outcome,
    boolean applied,
    CountryDiff diff,
    List<Integer> holidayYears,
    Optional<String> beforeSha256,
    String afterSha256,
    int practitionersRefreshed) {

  /** Whether the import creates, changes or leaves the country as it is. */
  public enum Outcome {
    CREATED,
    CHANGED,
    UNCHANGED
  }

  public ImportReport {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(diff, "diff");
    holidayYears = List.copyOf(holidayYears);
    Objects.requireNonNull(beforeSha256, "beforeSha256");
    Objects.requireNonNull(afterSha256, "afterSha256");
  }
}
