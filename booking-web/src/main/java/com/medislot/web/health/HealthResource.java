package com.medislot.web.health;

import com.medislot.booking.infrastructure.Jsons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/** The application's health checks in the MicroProfile Health format, under the API path. */
@Path("health")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

  @Inject @Liveness Instance<HealthCheck> liveness;
  @Inject @Readiness Instance<HealthCheck> readiness;

  @GET
  public Response all() {
    List<HealthCheck> checks = new ArrayList<>();
    liveness.forEach(checks::add);
    readiness.forEach(checks::add);
    return answer(checks);
  }

  @GET
  @Path("live")
  public Response live() {
    List<HealthCheck> checks = new ArrayList<>();
    liveness.forEach(checks::add);
    return answer(checks);
  }

  @GET
  @Path("ready")
  public Response ready() {
    List<HealthCheck> checks = new ArrayList<>();
    readiness.forEach(checks::add);
    return answer(checks);
  }

  private static Response answer(List<HealthCheck> checks) {
    boolean up = true;
    JsonArrayBuilder arr = Jsons.createArrayBuilder();
    for (HealthCheck check : checks) {
      HealthCheckResponse r;
      try {
        r = check.call();
      } catch (RuntimeException e) {
        r = HealthCheckResponse.named(check.getClass().getSimpleName()).down().build();
      }
      up &= r.getStatus() == HealthCheckResponse.Status.UP;
      arr.add(
          Jsons.createObjectBuilder().add("name", r.getName()).add("status", r.getStatus().name()));
    }
    String body =
        Jsons.createObjectBuilder()
            .add("status", up ? "UP" : "DOWN")
            .add("checks", arr)
            .build()
            .toString();
    return Response.status(up ? 200 : 503).entity(body).build();
  }
}
