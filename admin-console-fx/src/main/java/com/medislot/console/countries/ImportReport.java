package com.medislot.console.countries;

import java.util.List;
import java.util.Objects;

/**
 * The server's answer to an import, dry run or not.
 *
 * @param outcome {@code CREATED}, {@code CHANGED} or {@code UNCHANGED}
 * @param changes one line per changed field, {@code field: before → after}
 * @param holidaysAdded {@code date name}, one per day
 * @param holidaysRemoved {@code date name}, one per day
 */
public record ImportReport(
    String code,
    String name,
    String outcome,
    boolean applied,
    String message,
    List<String> changes,
    List<String> holidaysAdded,
    List<String> holidaysRemoved,
    int practitionersRefreshed) {

  public ImportReport {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(message, "message");
    changes = List.copyOf(changes);
    holidaysAdded = List.copyOf(holidaysAdded);
    holidaysRemoved = List.copyOf(holidaysRemoved);
  }

  public boolean unchanged() {
    return "UNCHANGED".equals(outcome);
  }
}
