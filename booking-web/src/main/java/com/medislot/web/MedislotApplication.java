package com.medislot.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
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
public class MedislotApplication extends Application {}
