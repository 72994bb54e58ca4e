package com.medislot.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The signed-in account of the current request, from its verified token. */
@RequestScoped
public class Caller {

  @Inject JsonWebToken token;

  /** The clinic a staff caller is scoped to (claim {@code clinic_id}). */
  public long clinicId() {
    Object claim = token == null ? null : token.getClaim("clinic_id");
    if (claim instanceof JsonNumber n) {
      return n.longValue();
    }
    if (claim instanceof Number n) {
      return n.longValue();
    }
    if (claim instanceof String text && text.matches("\\d{1,18}")) {
      return Long.parseLong(text);
    }
    throw new ForbiddenException();
  }

  /** The countries a country admin is scoped to (claim {@code countries}); empty if none. */
  public Set<String> countries() {
    Object claim = token == null ? null : token.getClaim("countries");
    Set<String> codes = new TreeSet<>();
    if (claim instanceof JsonArray array) {
      array.forEach(
          v -> {
            if (v instanceof JsonString s) {
              codes.add(s.getString());
            }
          });
    } else if (claim instanceof Collection<?> values) {
      values.forEach(v -> codes.add(String.valueOf(v)));
    }
    return codes;
  }

  /** True when the token carries this role in its {@code groups} claim. */
  public boolean hasRole(String role) {
    return token != null && token.getGroups() != null && token.getGroups().contains(role);
  }

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
