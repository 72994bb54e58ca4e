package com.medislot.country;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Outcome of parsing one country file: either a definition and no errors, or errors and no
 * definition. Immutable.
 */
public final class ValidationResult {

  private final CountryDefinition definition;
  private final List<ValidationError> errors;
  private final boolean malformed;

  private ValidationResult(
      CountryDefinition definition, List<ValidationError> errors, boolean malformed) {
    this.definition = definition;
    this.errors = List.copyOf(errors);
    this.malformed = malformed;
  }

  static ValidationResult valid(CountryDefinition definition) {
    return new ValidationResult(Objects.requireNonNull(definition, "definition"), List.of(), false);
  }

  static ValidationResult invalid(List<ValidationError> errors) {
    return invalid(errors, false);
  }

  /** A file that is not even a JSON document (unreadable, not UTF-8, too large, bad syntax). */
  static ValidationResult malformed(List<ValidationError> errors) {
    return invalid(errors, true);
  }

  private static ValidationResult invalid(List<ValidationError> errors, boolean malformed) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("an invalid result needs at least one error");
    }
    return new ValidationResult(null, errors, malformed);
  }

  /** The parsed country, present exactly when {@link #errors()} is empty. */
  public Optional<CountryDefinition> definition() {
    return Optional.ofNullable(definition);
  }

  /** The problems found, in file order; empty when the file is valid. Never null. */
  public List<ValidationError> errors() {
    return errors;
  }

  public boolean isValid() {
    return errors.isEmpty();
  }

  /**
   * True when the file could not be read as a JSON document at all (as opposed to a JSON document
   * whose content breaks the rules). A server answers the first with 400, the second with 422.
   */
  public boolean isMalformed() {
    return malformed;
  }

  @Override
  public String toString() {
    return isValid()
        ? "ValidationResult[valid " + definition.code() + "]"
        : "ValidationResult" + errors;
  }
}
