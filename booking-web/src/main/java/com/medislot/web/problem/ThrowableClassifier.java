package com.medislot.web.problem;

import com.medislot.booking.errors.BusinessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * Recognises client faults hidden inside wrappers (EJB, JSON binding, Jersey), so that they are
 * answered as 4xx problems rather than as server errors.
 */
final class ThrowableClassifier {

  private ThrowableClassifier() {}

  static Optional<Problem> classify(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof WebApplicationException w
          && w.getResponse().getStatus()
              == Response.Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode()) {
        return Optional.of(
            Problem.of(
                Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "body-too-large",
                "Request body too large"));
      }
    }
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof BusinessException) {
        return Optional.empty(); // unwrapped by the business mapper when not wrapped
      }
      if (t instanceof ConstraintViolationException cve) {
        return Optional.of(ConstraintViolationMapper.problem(cve));
      }
      if (t instanceof JsonbException
          || t instanceof JsonParsingException
          || t instanceof ProcessingException) {
        return Optional.of(malformedBody());
      }
      if (t instanceof EJBException && t.getCause() == null) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  static Problem malformedBody() {
    return Problem.of(Response.Status.BAD_REQUEST, "malformed-body", "Malformed request body")
        .detail("The body is not valid JSON of the expected shape");
  }
}
