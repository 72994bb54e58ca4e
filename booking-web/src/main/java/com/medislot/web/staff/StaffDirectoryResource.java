package com.medislot.web.staff;

import com.medislot.booking.infrastructure.Jsons;
import com.medislot.booking.practitioner.PractitionerDirectory;
import com.medislot.web.security.Caller;
import com.medislot.web.support.JsonViews;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /staff/practitioners}: whose calendars the signed-in staff member runs. */
@Path("staff/practitioners")
@ApplicationScoped
@RolesAllowed("staff")
@Produces(MediaType.APPLICATION_JSON)
public class StaffDirectoryResource {

  @Inject PractitionerDirectory directory;
  @Inject Caller caller;

  /** The clinic's practitioners by name, with their locations (and time zones) and motives. */
  @GET
  public String practitioners() {
    JsonArrayBuilder all = Jsons.createArrayBuilder();
    directory.ofClinic(caller.clinicId()).forEach(profile -> all.add(practitioner(profile)));
    return all.build().toString();
  }

  private static JsonObject practitioner(PractitionerDirectory.Profile profile) {
    var p = profile.practitioner();
    JsonArrayBuilder locations = Jsons.createArrayBuilder();
    p.locations().forEach(l -> locations.add(JsonViews.location(l)));
    JsonArrayBuilder motives = Jsons.createArrayBuilder();
    profile.motives().forEach(m -> motives.add(JsonViews.motive(m)));
    return Jsons.createObjectBuilder()
        .add("id", p.id())
        .add("name", p.displayName())
        .add("specialty", JsonViews.specialty(p.specialty()))
        .add("locations", locations)
        .add("motives", motives)
        .build();
  }
}
