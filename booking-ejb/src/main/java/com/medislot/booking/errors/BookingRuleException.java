package com.medislot.booking.errors;

/**
 * A booking refused by a named rule of the platform or of the country (HTTP 422), e.g. {@code
 * maxUpcomingPerPractitioner}; the answer names the rule so a client can explain it.
 */
public class BookingRuleException extends RuleViolationException {
  private static final long serialVersionUID = 1L;
  private final String rule;

  public BookingRuleException(String rule, String message) {
    super(null, message);
    this.rule = rule;
  }

  /** The rule's name, as in the country file or the configuration. */
  public String rule() {
    return rule;
  }
}
