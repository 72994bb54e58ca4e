package com.medislot.web.catalog;

import com.medislot.booking.availability.TimeRange;
import com.medislot.booking.errors.InvalidInputException;
import com.medislot.booking.infrastructure.Jsons;
import com.medislot.booking.practitioner.PractitionerDirectory;
import com.medislot.booking.slots.SlotService;
import com.medislot.web.support.JsonViews;
import com.medislot.web.support.Params;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;

/** {@code GET /practitioners/{id}} and {@code GET /practitioners/{id}/slots}. */
@Path("practitioners/{id}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PractitionerResource {

  static final Duration MAX_RANGE = Duration.ofDays(31);

  @Inject PractitionerDirectory directory;
  @Inject SlotService slots;

  @GET
  public String profile(@PathParam("id") String rawId) {
    PractitionerDirectory.Profile profile = directory.profile(Params.id("id", rawId));
    var p = profile.practitioner();
    JsonArrayBuilder locations = Jsons.createArrayBuilder();
    p.locations().forEach(l -> locations.add(JsonViews.location(l)));
    JsonArrayBuilder motives = Jsons.createArrayBuilder();
    profile.motives().forEach(m -> motives.add(JsonViews.motive(m)));
    JsonArrayBuilder languages = Jsons.createArrayBuilder();
    p.languages().forEach(languages::add);
    return Jsons.createObjectBuilder()
        .add("id", p.id())
        .add("name", p.displayName())
        .add("specialty", JsonViews.specialty(p.specialty()))
        .add("languages", languages)
        .add("acceptsNewPatients", p.acceptsNewPatients())
        .add("locations", locations)
        .add("motives", motives)
        .build()
        .toString();
  }

  @GET
  @Path("slots")
  public String slots(
      @PathParam("id") String rawId,
      @QueryParam("locationId") String rawLocation,
      @QueryParam("motiveId") String rawMotive,
      @QueryParam("from") String rawFrom,
      @QueryParam("to") String rawTo) {
    long id = Params.id("id", rawId);
    long locationId = Params.id("locationId", rawLocation);
    long motiveId = Params.id("motiveId", rawMotive);
    Instant from = Params.instant("from", rawFrom);
    Instant to = Params.instant("to", rawTo);
    if (!from.isBefore(to)) {
      throw new InvalidInputException("to", "must be after from");
    }
    if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
      throw new InvalidInputException("to", "the range may span at most 31 days");
    }
    SlotService.FreeSlots found = slots.freeSlots(id, locationId, motiveId, TimeRange.of(from, to));
    JsonArrayBuilder arr = Jsons.createArrayBuilder();
    found
        .slots()
        .forEach(
            s ->
                arr.add(
                    Jsons.createObjectBuilder()
                        .add("start", s.start().toString())
                        .add("end", s.end().toString())));
    return Jsons.createObjectBuilder()
        .add("timeZone", found.zone().getId())
        .add("slots", arr)
        .build()
        .toString();
  }
}
