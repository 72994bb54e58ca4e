package com.medislot.booking.country;

import com.medislot.booking.errors.ConflictException;
import com.medislot.booking.events.DomainEvent;
import com.medislot.booking.events.EventPublisher;
import com.medislot.booking.events.EventType;
import com.medislot.booking.infrastructure.Jsons;
import com.medislot.booking.infrastructure.SqlStates;
import com.medislot.country.CountryDefinition;
import com.medislot.country.CountryDiff;
import com.medislot.country.CountryFiles;
import com.medislot.country.ValidationResult;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Brings a country online or changes it from its country file: validate, compare with what is live,
 * and on apply store the file, audit the import and have every affected practitioner's free slots
 * recomputed. Applying the same file twice changes nothing the second time.
 */
@Stateless
public class CountryImport {

  @PersistenceContext(unitName = "booking")
  private EntityManager em;

  @Inject private EventPublisher events;
  @Inject private Clock clock;

  /**
   * Parses and validates a country file.
   *
   * @throws InvalidCountryFileException listing every problem with file, line and field
   */
  public CountryDefinition validate(String fileName, byte[] file) {
    ValidationResult result = CountryFiles.parse(fileName, new ByteArrayInputStream(file));
    return result
        .definition()
        .orElseThrow(() -> new InvalidCountryFileException(result.errors(), result.isMalformed()));
  }

  /** What applying the file would change; nothing is written. */
  public ImportReport preview(String fileName, byte[] file) {
    CountryDefinition incoming = validate(fileName, file);
    Optional<Country> live = Optional.ofNullable(em.find(Country.class, incoming.code()));
    return report(incoming, text(file), live, false, 0);
  }

  /**
   * Applies the file for the given account, under a lock on the country's row so that concurrent
   * imports of one country happen one after the other.
   *
   * @throws ConflictException if another import created the same new country at the same time
   */
  public ImportReport apply(String fileName, byte[] file, long accountId) {
    CountryDefinition incoming = validate(fileName, file);
    String text = text(file);
    Country live = em.find(Country.class, incoming.code(), LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    ImportReport preview = report(incoming, text, Optional.ofNullable(live), false, 0);
    int refreshed = 0;
    switch (preview.outcome()) {
      case CREATED -> create(incoming, text, now);
      case CHANGED -> {
        live.reimport(
            incoming.name(),
            incoming.defaultZone().getId(),
            incoming.defaultLocale().toLanguageTag(),
            text,
            now);
        if (preview.diff().availabilityAffected()) {
          refreshed = refreshPractitioners(incoming.code(), now);
        }
      }
      case UNCHANGED -> {
        // nothing live changes; the attempt is still audited
      }
    }
    audit(preview, accountId, now);
    return new ImportReport(
        preview.code(),
        preview.name(),
        preview.outcome(),
        preview.outcome() != ImportReport.Outcome.UNCHANGED,
        preview.diff(),
        preview.holidayYears(),
        preview.beforeSha256(),
        preview.afterSha256(),
        refreshed);
  }

  private ImportReport report(
      CountryDefinition incoming,
      String text,
      Optional<Country> live,
      boolean applied,
      int refreshed) {
    Optional<CountryDefinition> liveDefinition = live.flatMap(CountryCatalog::parse);
    int year = clock.instant().atZone(incoming.defaultZone()).getYear();
    List<Integer> years = List.of(year, year + 1);
    CountryDiff diff = CountryDiff.between(liveDefinition, incoming, years);
    ImportReport.Outcome outcome =
        live.isEmpty()
            ? ImportReport.Outcome.CREATED
            : diff.isEmpty() ? ImportReport.Outcome.UNCHANGED : ImportReport.Outcome.CHANGED;
    return new ImportReport(
        incoming.code(),
        incoming.name(),
        outcome,
        applied,
        diff,
        years,
        live.map(c -> sha256(c.definition())),
        sha256(text),
        refreshed);
  }

  private void create(CountryDefinition incoming, String text, Instant now) {
    em.persist(
        new Country(
            incoming.code(),
            incoming.name(),
            incoming.defaultZone().getId(),
            incoming.defaultLocale().toLanguageTag(),
            text,
            now));
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (SqlStates.isCausedBy(e, SqlStates.UNIQUE_VIOLATION)) {
        throw new ConflictException("code", "Country " + incoming.code() + " is being imported");
      }
      throw e;
    }
  }

  /** One AvailabilityChanged per practitioner working in the country: every node refreshes. */
  private int refreshPractitioners(String code, Instant now) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT DISTINCT pl.practitioner_id FROM practitioner_location pl"
                    + " JOIN location l ON l.id = pl.location_id WHERE l.country_code = ?1"
                    + " ORDER BY 1")
            .setParameter(1, code)
            .getResultList();
    for (Number id : ids) {
      events.publish(
          DomainEvent.of(
              EventType.AVAILABILITY_CHANGED,
              now,
              id.longValue(),
              Jsons.createObjectBuilder()
                  .add("practitionerId", id.longValue())
                  .add("reason", "country-import")
                  .add("country", code)
                  .build()));
    }
    return ids.size();
  }

  private void audit(ImportReport report, long accountId, Instant now) {
    em.createNativeQuery(
            "INSERT INTO country_import_audit (country_code, account_id, imported_at, outcome,"
                + " before_sha256, after_sha256, changed_fields) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .setParameter(1, report.code())
        .setParameter(2, accountId)
        .setParameter(3, now.atOffset(ZoneOffset.UTC))
        .setParameter(4, report.outcome().name())
        .setParameter(5, report.beforeSha256().orElse(null))
        .setParameter(6, report.afterSha256())
        .setParameter(
            7,
            report.diff().changes().stream()
                .map(CountryDiff.FieldChange::field)
                .collect(Collectors.joining(",")))
        .executeUpdate();
  }

  /** The file as stored: UTF-8 text without a byte order mark (validation checked both). */
  private static String text(byte[] file) {
    String text = new String(file, StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Lower-case hex SHA-256 of a stored country file. */
  public static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
