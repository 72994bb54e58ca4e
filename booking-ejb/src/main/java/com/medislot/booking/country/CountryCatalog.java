package com.medislot.booking.country;

import com.medislot.country.CountryDefinition;
import com.medislot.country.CountryFiles;
import com.medislot.country.ValidationResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live countries' definitions, parsed once per imported version. Every lookup checks the stored
 * version (its import instant, one small primary-key read), so an import on any node is seen by
 * every node at its next lookup, within the importing transaction's own visibility: no node
 * computes slots from a country file that has been replaced.
 */
@ApplicationScoped
public class CountryCatalog {

  @PersistenceContext(unitName = "booking")
  private EntityManager em;

  /** One parsed definition and the import it came from. */
  private record Parsed(Instant importedAt, CountryDefinition definition) {}

  private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

  /** The definition of a live country, if it was imported. */
  public Optional<CountryDefinition> definition(String code) {
    List<Instant> versions =
        em.createQuery("SELECT c.importedAt FROM Country c WHERE c.code = :code", Instant.class)
            .setParameter("code", code)
            .getResultList();
    if (versions.isEmpty()) {
      return Optional.empty();
    }
    Instant version = versions.get(0);
    Parsed known = parsed.get(code);
    if (known != null && known.importedAt().equals(version)) {
      return Optional.of(known.definition());
    }
    Country country = em.find(Country.class, code);
    if (country == null) {
      return Optional.empty();
    }
    Optional<CountryDefinition> definition = parse(country);
    definition.ifPresent(d -> parsed.put(code, new Parsed(country.importedAt(), d)));
    return definition;
  }

  /** Parses a stored country file; empty if it no longer passes validation. */
  static Optional<CountryDefinition> parse(Country country) {
    ValidationResult result =
        CountryFiles.parse(
            country.code() + ".json",
            new ByteArrayInputStream(country.definition().getBytes(StandardCharsets.UTF_8)));
    return result.definition();
  }

  /** The live countries, by code. */
  public List<Country> live() {
    return em.createQuery("SELECT c FROM Country c ORDER BY c.code", Country.class).getResultList();
  }

  /** Drops the parsed form of a country after its file changed. */
  public void forget(String code) {
    parsed.remove(code);
  }
}
