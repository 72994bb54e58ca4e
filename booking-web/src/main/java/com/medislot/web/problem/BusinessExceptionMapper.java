package com.medislot.web.problem;

import com.medislot.booking.errors.BookingRuleException;
import com.medislot.booking.errors.BusinessException;
import com.medislot.booking.errors.ConflictException;
import com.medislot.booking.errors.GoneException;
import com.medislot.booking.errors.InvalidInputException;
import com.medislot.booking.errors.NotFoundException;
import com.medislot.booking.errors.RuleViolationException;
import com.medislot.booking.errors.SlotTakenException;
import com.medislot.booking.search.UnknownPlaceException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Business refusals → 400, 404, 409, 410 or 422 problems; a refusal by a named booking rule carries
 * the rule's name in {@code rule}.
 */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(BusinessException e) {
    return problem(e, uriInfo.getPath()).toResponse();
  }

  static Problem problem(BusinessException e, String instance) {
    Problem p = problemFor(e).detail(e.getMessage()).instance(instance);
    e.field().ifPresent(f -> p.error(f, e.getMessage()));
    if (e instanceof BookingRuleException rule) {
      p.property("rule", rule.rule());
      p.error(rule.rule(), e.getMessage());
    }
    if (e instanceof SlotTakenException taken) {
      p.instants("alternatives", taken.alternatives());
    }
    if (e instanceof UnknownPlaceException unknown) {
      p.strings("suggestions", unknown.suggestions());
    }
    return p;
  }

  private static Problem problemFor(BusinessException e) {
    if (e instanceof SlotTakenException) {
      return Problem.of(Response.Status.CONFLICT, "slot-taken", "Slot no longer available");
    }
    if (e instanceof ConflictException) {
      return Problem.of(Response.Status.CONFLICT, "conflict", "Conflict with the current state");
    }
    if (e instanceof UnknownPlaceException) {
      return Problem.of(Response.Status.NOT_FOUND, "unknown-place", "Unknown place");
    }
    if (e instanceof NotFoundException) {
      return Problem.of(Response.Status.NOT_FOUND, "not-found", "Not found");
    }
    if (e instanceof GoneException) {
      return Problem.of(Response.Status.GONE, "gone", "No longer available");
    }
    if (e instanceof RuleViolationException) {
      return Problem.of(422, "rule-violation", "Request refused by the booking rules");
    }
    if (e instanceof InvalidInputException) {
      return Problem.of(Response.Status.BAD_REQUEST, "invalid-input", "Invalid input");
    }
    return Problem.of(Response.Status.BAD_REQUEST, "bad-request", "Bad request");
  }
}
