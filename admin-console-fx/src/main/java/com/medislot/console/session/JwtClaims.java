package com.medislot.console.session;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Reads claims from a JWT's payload for display. The signature is not checked: the console only
 * decides what to show, and the server checks the token on every call.
 */
public final class JwtClaims {

  private JwtClaims() {}

  /**
   * The {@code groups} claim (MicroProfile JWT roles); empty when the token is not a readable JWT.
   * A token without the claim has no roles.
   */
  public static Optional<List<String>> groups(String token) {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      return Optional.empty();
    }
    String payload;
    try {
      payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    try (JsonReader reader = Json.createReader(new StringReader(payload))) {
      JsonValue claims = reader.readValue();
      if (!(claims instanceof JsonObject object)) {
        return Optional.empty();
      }
      JsonValue groups = object.get("groups");
      if (groups == null) {
        return Optional.of(List.of());
      }
      if (!(groups instanceof JsonArray array)) {
        return Optional.empty();
      }
      List<String> roles = new ArrayList<>();
      for (JsonValue role : array) {
        if (!(role instanceof JsonString name)) {
          return Optional.empty();
        }
        roles.add(name.getString());
      }
      return Optional.of(List.copyOf(roles));
    } catch (JsonException e) {
      return Optional.empty();
    }
  }
}
