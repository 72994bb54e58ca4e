package com.medislot.console.countries;

import java.util.Objects;

/** A country live on the platform, as {@code GET /admin/countries} lists it. */
public record LiveCountry(
    String code, String name, String defaultZone, String currency, String importedAt) {

  public LiveCountry {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(defaultZone, "defaultZone");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(importedAt, "importedAt");
  }
}
