package com.medislot.web.problem;

import com.medislot.booking.infrastructure.Jsons;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An RFC 9457 problem document under construction. {@code type} is a URN naming the kind of
 * problem; {@code errors} lists the fields at fault.
 */
public final class Problem {

  /** The problem+json media type. */
  public static final String MEDIA_TYPE = "application/problem+json";

  private final int status;
  private final String slug;
  private final String title;
  private String detail;
  private String instance;
  private final List<FieldError> errors = new ArrayList<>();
  private final Map<String, List<Instant>> instantLists = new java.util.LinkedHashMap<>();
  private final Map<String, String> headers = new java.util.LinkedHashMap<>();
  private final Map<String, JsonValue> members = new java.util.LinkedHashMap<>();

  /** One field at fault. */
  public record FieldError(String field, String message) {}

  private Problem(int status, String slug, String title) {
    this.status = status;
    this.slug = Objects.requireNonNull(slug);
    this.title = Objects.requireNonNull(title);
  }

  public static Problem of(Response.Status status, String slug, String title) {
    return new Problem(status.getStatusCode(), slug, title);
  }

  public static Problem of(int status, String slug, String title) {
    return new Problem(status, slug, title);
  }

  public Problem detail(String detail) {
    this.detail = detail;
    return this;
  }

  public Problem instance(String instance) {
    this.instance = instance;
    return this;
  }

  public Problem error(String field, String message) {
    errors.add(new FieldError(field, message));
    return this;
  }

  public Problem instants(String name, List<Instant> values) {
    instantLists.put(name, List.copyOf(values));
    return this;
  }

  /** A list of strings as an extension member, e.g. {@code suggestions}. */
  public Problem strings(String name, List<String> values) {
    JsonArrayBuilder arr = Jsons.createArrayBuilder();
    values.forEach(arr::add);
    return member(name, arr.build());
  }

  /** A string extension member, e.g. {@code rule}. */
  public Problem property(String name, String value) {
    return member(name, Jsons.createValue(Objects.requireNonNull(value)));
  }

  /** An extension member of the document; {@code errors} here replaces the plain field list. */
  public Problem member(String name, JsonValue value) {
    members.put(name, value);
    return this;
  }

  public Problem header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public int status() {
    return status;
  }

  public Map<String, String> headers() {
    return Map.copyOf(headers);
  }

  public List<FieldError> errors() {
    return List.copyOf(errors);
  }

  /** The JSON body. */
  public String toJson() {
    JsonObjectBuilder b =
        Jsons.createObjectBuilder()
            .add("type", "urn:medislot:problem:" + slug)
            .add("title", title)
            .add("status", status);
    if (detail != null) {
      b.add("detail", detail);
    }
    if (instance != null) {
      b.add("instance", instance);
    }
    if (!errors.isEmpty() && !members.containsKey("errors")) {
      JsonArrayBuilder arr = Jsons.createArrayBuilder();
      errors.forEach(
          e ->
              arr.add(
                  Jsons.createObjectBuilder().add("field", e.field()).add("message", e.message())));
      b.add("errors", arr);
    }
    instantLists.forEach(
        (name, values) -> {
          JsonArrayBuilder arr = Jsons.createArrayBuilder();
          values.forEach(v -> arr.add(v.toString()));
          b.add(name, arr);
        });
    members.forEach(b::add);
    return b.build().toString();
  }

  public Response toResponse() {
    Response.ResponseBuilder rb =
        Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(toJson());
    headers.forEach(rb::header);
    return rb.build();
  }
}
