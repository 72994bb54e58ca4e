package com.medislot.web.problem;

import com.medislot.booking.search.SearchUnavailableException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The search backend is down and nothing cached can stand in: 503 with {@code Retry-After}. */
@Provider
public class SearchUnavailableMapper implements ExceptionMapper<SearchUnavailableException> {

  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(SearchUnavailableException e) {
    return problem(e).instance(uriInfo.getPath()).toResponse();
  }

  /** The problem answered for {@code e}: no detail of the underlying fault. */
  public static Problem problem(SearchUnavailableException e) {
    long seconds = Math.max(1, e.retryAfter().toSeconds());
    return Problem.of(
            Response.Status.SERVICE_UNAVAILABLE, "search-unavailable", "Search unavailable")
        .detail("Search is temporarily unavailable; try again in " + seconds + " s")
        .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
  }
}
