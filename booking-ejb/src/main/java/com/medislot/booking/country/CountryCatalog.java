package com.medislot.booking.country;

import com.medislot.country.CountryDefinition;
import com.medislot.country.CountryFiles;
import com.medislot.country.ValidationResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live countries' definitions, parsed once from the stored country files. Read-mostly: an
 * import replaces the entry through {@link #forget(String)}.
 */
@ApplicationScoped
public class CountryCatalog {

  @PersistenceContext(unitName = "booking")
  private EntityManager em;

  private final Map<String, CountryDefinition> parsed = new ConcurrentHashMap<>();

  /** The definition of a live country, if it was imported. */
  public Optional<CountryDefinition> definition(String code) {
    CountryDefinition known = parsed.get(code);
    if (known != null) {
      return Optional.of(known);
    }
    Country country = em.find(Country.class, code);
    if (country == null) {
      return Optional.empty();
    }
    ValidationResult result =
        CountryFiles.parse(
            code + ".json",
            new ByteArrayInputStream(country.definition().getBytes(StandardCharsets.UTF_8)));
    result.definition().ifPresent(d -> parsed.put(code, d));
    return result.definition();
  }

  /** Drops the parsed form of a country after its file changed. */
  public void forget(String code) {
    parsed.remove(code);
  }
}
