package com.medislot.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The API root: {@code /api/v1}, bearer tokens verified by MicroProfile JWT. */
// A CDI bean, so that Payara's MicroProfile JWT extension sees @LoginConfig.
@ApplicationScoped
@ApplicationPath("api/v1")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({"patient", "staff", "country-admin", "admin"})
@OpenAPIDefinition(
    info =
        @Info(
            title = "Medislot API",
            version = "1",
            description = "Search practitioners, see their free slots and book appointments."))
public class MedislotApplication extends Application {

  /**
   * Jersey's WADL off: it described every resource and parameter, and Jersey's version, to anyone
   * asking {@code OPTIONS} or {@code /application.wadl}. The API is described by {@code /openapi}.
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
