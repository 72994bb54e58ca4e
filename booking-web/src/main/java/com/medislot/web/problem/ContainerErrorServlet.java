package com.medislot.web.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Answers errors raised by the container before the API runs (a rejected bearer token, an unknown
 * path outside the API, a request the server refuses) as problem+json, in place of the server's
 * HTML error page. Wired through the error pages in {@code web.xml}.
 */
@WebServlet("/problem")
public class ContainerErrorServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    Response.Status.Family family = Response.Status.Family.familyOf(status);
    Response.StatusType type = Response.Status.fromStatusCode(status);
    String title =
        type == null
            ? (family == Response.Status.Family.CLIENT_ERROR ? "Client error" : "Server error")
            : type.getReasonPhrase();
    Problem problem = Problem.of(status, WebApplicationExceptionMapper.slug(title), title);
    if (uri != null) {
      problem.instance(uri.toString());
    }
    if (status == HttpServletResponse.SC_UNAUTHORIZED) {
      problem.detail("A valid bearer token is required");
      response.setHeader("WWW-Authenticate", "Bearer");
    }
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(problem.toJson());
  }
}
