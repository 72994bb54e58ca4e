package com.medislot.web.search;

import com.medislot.booking.errors.InvalidInputException;
import com.medislot.booking.practitioner.PractitionerDirectory;
import com.medislot.booking.search.PractitionerDocument;
import com.medislot.booking.search.PractitionerSearch;
import com.medislot.booking.search.SearchCriteria;
import com.medislot.booking.search.SearchHit;
import com.medislot.booking.search.SearchPage;
import com.medislot.booking.slots.NextSlots;
import com.medislot.web.support.Params;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.metrics.annotation.Timed;

/** {@code GET /search/practitioners}. */
@Path("search/practitioners")
@RequestScoped
public class SearchResource {

  static final double DEFAULT_RADIUS_KM = 10;
  static final double MAX_RADIUS_KM = 100;
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;
  static final int NEXT_SLOTS = 3;

  @Inject PractitionerSearch search;
  @Inject PractitionerDirectory directory;
  @Inject NextSlots nextSlots;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Timed(
      name = "medislot.searches",
      absolute = true,
      description = "Practitioner searches, any outcome")
  public String search(
      @QueryParam("lat") String lat,
      @QueryParam("lon") String lon,
      @QueryParam("radiusKm") String radiusKm,
      @QueryParam("specialty") String specialty,
      @QueryParam("language") String language,
      @QueryParam("newPatients") String newPatients,
      @QueryParam("availableBefore") String availableBefore,
      @QueryParam("sort") String sort,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    Optional<String> specialtyCode =
        Params.optionalToken("specialty", specialty, "[a-z0-9-]{2,64}");
    if (specialtyCode.isPresent() && !directory.specialtyExists(specialtyCode.get())) {
      throw new InvalidInputException("specialty", "unknown specialty; see GET /specialties");
    }
    int offset = Cursor.decode(cursor);
    SearchCriteria criteria =
        new SearchCriteria(
            Params.requiredDouble("lat", lat, -90, 90),
            Params.requiredDouble("lon", lon, -180, 180),
            Params.optionalDouble("radiusKm", radiusKm, DEFAULT_RADIUS_KM, 0, MAX_RADIUS_KM),
            specialtyCode,
            Params.optionalToken("language", language, "[a-z]{2,3}"),
            Params.optionalBoolean("newPatients", newPatients),
            Params.optionalDate("availableBefore", availableBefore).map(SearchResource::endOfDay),
            sortOrder(sort),
            offset,
            Params.optionalInt("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT));
    SearchPage page = search.search(criteria);
    JsonArrayBuilder results = Json.createArrayBuilder();
    for (SearchHit hit : page.hits()) {
      results.add(result(hit));
    }
    JsonObjectBuilder body = Json.createObjectBuilder().add("results", results);
    if (page.hasMore() && offset + criteria.limit() <= Cursor.MAX_OFFSET) {
      body.add("nextCursor", Cursor.encode(offset + criteria.limit()));
    }
    return body.build().toString();
  }

  private JsonObjectBuilder result(SearchHit hit) {
    PractitionerDocument d = hit.document();
    JsonArrayBuilder languages = Json.createArrayBuilder();
    d.getLanguageCodes().forEach(languages::add);
    JsonArrayBuilder slots = Json.createArrayBuilder();
    nextSlots
        .next(d.practitionerId(), d.locationId(), NEXT_SLOTS)
        .forEach(s -> slots.add(s.toString()));
    JsonObjectBuilder r =
        Json.createObjectBuilder()
            .add("practitionerId", d.practitionerId())
            .add("name", d.practitionerName())
            .add(
                "specialty",
                Json.createObjectBuilder()
                    .add("code", d.specialtyCode())
                    .add("name", d.specialtyName()))
            .add("languages", languages)
            .add("acceptsNewPatients", d.acceptsNewPatients())
            .add(
                "location",
                Json.createObjectBuilder()
                    .add("id", d.locationId())
                    .add("name", d.locationName())
                    .add("address", d.address())
                    .add("city", d.city())
                    .add("countryCode", d.countryCode())
                    .add("lat", d.latitude())
                    .add("lon", d.longitude()))
            .add("distanceKm", Math.round(hit.distanceKm() * 100) / 100.0)
            .add("nextSlots", slots);
    d.nextAvailable()
        .ifPresentOrElse(
            n -> r.add("nextAvailable", n.toString()), () -> r.addNull("nextAvailable"));
    return r;
  }

  /** {@code availableBefore=D} keeps practitioners free on D or earlier (end of D, UTC+14 safe). */
  private static Instant endOfDay(LocalDate date) {
    return date.plusDays(1).atStartOfDay().toInstant(ZoneOffset.ofHours(-12));
  }

  private static SearchCriteria.SortOrder sortOrder(String raw) {
    if (raw == null || raw.isBlank()) {
      return SearchCriteria.SortOrder.DISTANCE;
    }
    return switch (raw.trim().toLowerCase(Locale.ROOT)) {
      case "distance" -> SearchCriteria.SortOrder.DISTANCE;
      case "availability" -> SearchCriteria.SortOrder.AVAILABILITY;
      default -> throw new InvalidInputException("sort", "must be distance or availability");
    };
  }
}
