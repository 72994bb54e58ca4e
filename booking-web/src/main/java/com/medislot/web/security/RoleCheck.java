package com.medislot.web.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;

/**
 * Enforces {@link RolesAllowed} before a resource runs: no verified token → 401, a token without
 * the role → 403, both as problems (the container alone would answer with no body).
 */
@Provider
public class RoleCheck implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    RolesAllowed allowed = resourceInfo.getResourceMethod().getAnnotation(RolesAllowed.class);
    if (allowed == null) {
      allowed = resourceInfo.getResourceClass().getAnnotation(RolesAllowed.class);
    }
    if (allowed != null) {
      context.register(new Filter(allowed.value()));
    }
  }

  @Priority(Priorities.AUTHORIZATION - 10)
  static final class Filter implements ContainerRequestFilter {
    private final String[] roles;

    Filter(String[] roles) {
      this.roles = roles.clone();
    }

    @Override
    public void filter(ContainerRequestContext request) {
      var security = request.getSecurityContext();
      if (security == null || security.getUserPrincipal() == null) {
        throw new NotAuthorizedException("Bearer");
      }
      if (Arrays.stream(roles).noneMatch(security::isUserInRole)) {
        throw new ForbiddenException();
      }
    }
  }
}
