package com.medislot.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Last resort: an unexpected fault is logged with an incident id and answered with a plain problem
 * carrying only that id, never the exception's text or stack.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(Throwable e) {
    return ThrowableClassifier.classify(e)
        .map(p -> p.instance(uriInfo.getPath()).toResponse())
        .orElseGet(() -> internalError(uriInfo.getPath(), e));
  }

  static Response internalError(String path, Throwable e) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Incident " + incident + " on " + path, e);
    return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "internal", "Internal error")
        .detail("Incident " + incident)
        .instance(path)
        .toResponse();
  }
}
