package com.medislot.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAuthorizedException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The signed-in account of the current request, from its verified token. */
@RequestScoped
public class Caller {

  @Inject JsonWebToken token;

  /** The caller's account id (the token's subject). */
  public long accountId() {
    String subject = token == null ? null : token.getSubject();
    if (subject == null) {
      throw new NotAuthorizedException("Bearer");
    }
    try {
      return Long.parseLong(subject);
    } catch (NumberFormatException e) {
      throw new NotAuthorizedException("Bearer");
    }
  }
}
