package com.medislot.web.problem;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors raised by the JAX-RS runtime itself (unknown path, wrong method, unsupported media type,
 * entity too large…) keep their status but get a problem body.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(WebApplicationException e) {
    Response original = e.getResponse();
    int status = original.getStatus();
    if (status >= 500) {
      return UnexpectedExceptionMapper.internalError(uriInfo.getPath(), e);
    }
    Response.StatusType type = original.getStatusInfo();
    Problem p =
        Problem.of(status, slug(type.getReasonPhrase()), type.getReasonPhrase())
            .instance(uriInfo.getPath());
    if (status == 400 && e.getCause() != null) {
      p.detail("The request body or parameters could not be read");
    }
    if (e instanceof NotAuthorizedException) {
      p.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
      p.detail("A valid bearer token is required");
    }
    if (e instanceof NotAllowedException) {
      p.header(HttpHeaders.ALLOW, original.getHeaderString(HttpHeaders.ALLOW));
    }
    return p.toResponse();
  }

  static String slug(String phrase) {
    return phrase.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }
}
