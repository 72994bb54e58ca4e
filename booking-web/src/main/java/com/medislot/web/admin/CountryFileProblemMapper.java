package com.medislot.web.admin;

import com.medislot.booking.country.InvalidCountryFileException;
import com.medislot.web.problem.Problem;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A rejected country file → 400 (not a JSON document) or 422 (content breaks the rules), listing
 * every error with file, line and field.
 */
@Provider
public class CountryFileProblemMapper implements ExceptionMapper<InvalidCountryFileException> {

  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(InvalidCountryFileException e) {
    Problem p =
        e.malformed()
            ? Problem.of(
                Response.Status.BAD_REQUEST, "malformed-country-file", "Not a country file")
            : Problem.of(422, "invalid-country-file", "Invalid country file");
    return p.detail(e.getMessage())
        .instance(uriInfo.getPath())
        .member("errors", CountryImportJson.errors(e.errors()))
        .toResponse();
  }
}
