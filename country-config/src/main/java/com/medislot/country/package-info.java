/**
 * Country files: the data that brings a country online (zones, public holidays, locale, booking
 * rules, compliance settings) and the one parser/validator that both the server import and the
 * desktop console use.
 *
 * <p>Entry point: {@link com.medislot.country.CountryFiles}. Parsing never throws for bad input; it
 * answers a {@link com.medislot.country.ValidationResult} whose errors name the file, the line and
 * the field. A successfully parsed {@link com.medislot.country.CountryDefinition} is immutable and
 * safe to share between threads.
 *
 * <p>Holiday rules are not written here: they come from the Jollyday library, with the file's
 * additions and removals applied on top.
 */
package com.medislot.country;
