package com.medislot.console.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an {@code application/problem+json} answer into one sentence for a dialog: the field errors
 * if any ("start: must be after end"), else the detail, else the title.
 */
final class ProblemText {

  private ProblemText() {}

  static String of(int status, String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body == null ? "" : body))) {
      JsonValue value = reader.readValue();
      if (value instanceof JsonObject problem) {
        List<String> parts = new ArrayList<>();
        if (problem.get("errors") instanceof jakarta.json.JsonArray errors) {
          for (JsonValue e : errors) {
            if (e instanceof JsonObject error) {
              String field = error.getString("field", "");
              String message = error.getString("message", "");
              parts.add(field.isEmpty() ? message : field + ": " + message);
            }
          }
        }
        if (!parts.isEmpty()) {
          return String.join("; ", parts);
        }
        String detail = problem.getString("detail", "");
        if (!detail.isBlank()) {
          return detail;
        }
        String title = problem.getString("title", "");
        if (!title.isBlank()) {
          return title + " (HTTP " + status + ")";
        }
      }
    } catch (JsonException | ClassCastException e) {
      // not a problem document: fall through to the status alone
    }
    return "Server error (HTTP " + status + ")";
  }
}
