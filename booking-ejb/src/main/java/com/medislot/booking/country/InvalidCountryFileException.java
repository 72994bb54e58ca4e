package com.medislot.booking.country;

import com.medislot.booking.errors.BusinessException;
import com.medislot.country.ValidationError;
import java.util.List;

/**
 * A country file that did not pass validation: every problem, each with file, line and field.
 * Nothing live changes.
 */
public class InvalidCountryFileException extends BusinessException {
  private static final long serialVersionUID = 1L;

  private final transient List<ValidationError> errors;
  private final boolean malformed;

  public InvalidCountryFileException(List<ValidationError> errors, boolean malformed) {
    super(
        errors.isEmpty() ? null : errors.get(0).field(),
        malformed
            ? "The country file is not a readable JSON document"
            : "The country file has " + errors.size() + " error(s)");
    this.errors = List.copyOf(errors);
    this.malformed = malformed;
  }

  /** The problems, in file order; never empty. */
  public List<ValidationError> errors() {
    return errors;
  }

  /**
   * True when the body is not a JSON document at all (400), false when its content is wrong (422).
   */
  public boolean malformed() {
    return malformed;
  }
}
