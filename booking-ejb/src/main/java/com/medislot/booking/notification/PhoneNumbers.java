package com.medislot.booking.notification;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import java.util.Optional;

/** Validates phone numbers and writes them in E.164 ({@code +33612345678}), with libphonenumber. */
public final class PhoneNumbers {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private PhoneNumbers() {}

  /**
   * The number in E.164 form, or empty if it is not a valid number.
   *
   * @param raw the number as typed: international ({@code +33 6 12 34 56 78}) or national ({@code
   *     06 12 34 56 78}, read in {@code defaultRegion})
   * @param defaultRegion ISO 3166 country code for numbers written without a country code
   */
  public static Optional<String> toE164(String raw, String defaultRegion) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    try {
      PhoneNumber number = UTIL.parse(raw.trim(), defaultRegion.toUpperCase(Locale.ROOT));
      return UTIL.isValidNumber(number)
          ? Optional.of(UTIL.format(number, PhoneNumberFormat.E164))
          : Optional.empty();
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }
}
