package com.medislot.web.admin;

import com.medislot.booking.country.Country;
import com.medislot.booking.country.CountryCatalog;
import com.medislot.booking.country.CountryImport;
import com.medislot.booking.country.ImportReport;
import com.medislot.booking.errors.InvalidInputException;
import com.medislot.booking.infrastructure.Jsons;
import com.medislot.country.CountryDefinition;
import com.medislot.web.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.regex.Pattern;

/**
 * Live countries and the country file import. An admin manages every country; a country admin only
 * the countries of its token's {@code countries} claim (another country's file → 403).
 */
@Path("admin/countries")
@ApplicationScoped
@RolesAllowed({"country-admin", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class CountryAdminResource {

  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
  static final String DEFAULT_FILE_NAME = "country.json";

  @Inject CountryCatalog catalog;
  @Inject CountryImport imports;
  @Inject Caller caller;

  /** The live countries the caller manages, by code. */
  @GET
  public String live() {
    JsonArrayBuilder list = Jsons.createArrayBuilder();
    for (Country country : catalog.live()) {
      if (!manages(country.code())) {
        continue;
      }
      JsonObjectBuilder item =
          Jsons.createObjectBuilder()
              .add("code", country.code())
              .add("name", country.name())
              .add("defaultZone", country.defaultZone())
              .add("defaultLocale", country.defaultLocale())
              .add("importedAt", country.importedAt().toString())
              .add("sha256", CountryImport.sha256(country.definition()));
      catalog
          .definition(country.code())
          .ifPresent(
              d ->
                  item.add("currency", d.currency().getCurrencyCode())
                      .add("timeZones", d.timeZones().size()));
      list.add(item);
    }
    return Jsons.createObjectBuilder().add("countries", list).build().toString();
  }

  /**
   * Validates a country file and shows what it changes; with {@code dryRun=false} also applies it.
   * A dry run is the default, so a forgotten parameter never changes anything.
   */
  @POST
  @Path("import")
  @Consumes(MediaType.APPLICATION_JSON)
  public String importFile(
      @QueryParam("dryRun") String rawDryRun, @QueryParam("file") String rawFile, byte[] body) {
    boolean dryRun = dryRun(rawDryRun);
    String fileName = fileName(rawFile);
    byte[] file = body == null ? new byte[0] : body;
    CountryDefinition incoming = imports.validate(fileName, file);
    if (!manages(incoming.code())) {
      throw new ForbiddenException("Not an administrator of " + incoming.code());
    }
    ImportReport report =
        dryRun
            ? imports.preview(fileName, file)
            : imports.apply(fileName, file, caller.accountId());
    return CountryImportJson.report(report, dryRun).toString();
  }

  private boolean manages(String code) {
    if (caller.hasRole("admin")) {
      return true;
    }
    return caller.countries().contains(code);
  }

  static boolean dryRun(String raw) {
    if (raw == null || raw.isBlank()) {
      return true;
    }
    return switch (raw.strip()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new InvalidInputException("dryRun", "must be true or false");
    };
  }

  static String fileName(String raw) {
    if (raw == null || raw.isBlank()) {
      return DEFAULT_FILE_NAME;
    }
    if (!FILE_NAME.matcher(raw).matches()) {
      throw new InvalidInputException(
          "file", "a file name of letters, digits, '.', '_' or '-', at most 100 characters");
    }
    return raw;
  }
}
