package com.medislot.web.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;

/** Bean Validation failures → 400 with one entry per field at fault. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(ConstraintViolationException e) {
    return problem(e).instance(uriInfo.getPath()).toResponse();
  }

  static Problem problem(ConstraintViolationException e) {
    Problem p =
        Problem.of(Response.Status.BAD_REQUEST, "validation", "Invalid input")
            .detail("Some fields are missing or invalid");
    e.getConstraintViolations().stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .forEach(v -> p.error(fieldName(v), v.getMessage()));
    return p;
  }

  /** The last node of the property path: the field's name as the client sent it. */
  private static String fieldName(ConstraintViolation<?> v) {
    String name = null;
    for (Path.Node node : v.getPropertyPath()) {
      if (node.getName() != null) {
        name = node.getName();
      }
    }
    return name == null ? "body" : name;
  }
}
