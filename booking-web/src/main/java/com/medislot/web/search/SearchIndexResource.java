package com.medislot.web.search;

import com.medislot.booking.infrastructure.Jsons;
import com.medislot.booking.search.RebuildStatus;
import com.medislot.booking.search.SearchIndexRebuilds;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code POST /admin/search/reindex} starts a rebuild of this node's search index from the database
 * (202, or the running one's status if one runs); {@code GET} tells how it goes.
 */
@Path("admin/search/reindex")
@ApplicationScoped
@RolesAllowed("admin")
public class SearchIndexResource {

  @Inject SearchIndexRebuilds rebuilds;

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  public Response start(@Context UriInfo uriInfo) {
    RebuildStatus status = rebuilds.request();
    return Response.accepted(json(status))
        .type(MediaType.APPLICATION_JSON_TYPE)
        .location(uriInfo.getAbsolutePath())
        .build();
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public String status() {
    return json(rebuilds.status());
  }

  static String json(RebuildStatus s) {
    JsonObjectBuilder b =
        Jsons.createObjectBuilder()
            .add("state", s.state().name())
            .add("documentsTotal", s.documentsTotal())
            .add("documentsIndexed", s.documentsIndexed())
            .add("documentsPerSecond", Math.round(s.documentsPerSecond() * 10) / 10.0);
    s.startedAt().ifPresent(t -> b.add("startedAt", t.toString()));
    s.finishedAt().ifPresent(t -> b.add("finishedAt", t.toString()));
    s.eta().ifPresent(d -> b.add("etaSeconds", d.toSeconds()));
    s.error().ifPresent(e -> b.add("error", e));
    return b.build().toString();
  }
}
