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

  private ValidationResult(CountryDefinition definition, List<ValidationError> errors) {
    this.definition = definition;
    this.errors = List.copyOf(errors);
  }

  static ValidationResult valid(CountryDefinition definition) {
    return new ValidationResult(Objects.requireNonNull(definition, "definition"), List.of());
  }

  static ValidationResult invalid(List<ValidationError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("an invalid result needs at least one error");
    }
    return new ValidationResult(null, errors);
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

  @Override
  public String toString() {
    return isValid()
        ? "ValidationResult[valid " + definition.code() + "]"
        : "ValidationResult" + errors;
  }
}
