package com.medislot.web.catalog;

import com.medislot.booking.infrastructure.Jsons;
import com.medislot.booking.practitioner.PractitionerDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /specialties}. */
@Path("specialties")
@ApplicationScoped
public class SpecialtyResource {

  @Inject PractitionerDirectory directory;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public String list() {
    JsonArrayBuilder arr = Jsons.createArrayBuilder();
    directory
        .specialties()
        .forEach(
            s -> arr.add(Jsons.createObjectBuilder().add("code", s.code()).add("name", s.name())));
    return arr.build().toString();
  }
}
