package com.medislot.booking.events;

import com.medislot.booking.infrastructure.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One domain event in its envelope. Immutable. The wire form is a JSON object with the CloudEvents
 * attribute names {@code specversion, id, type, source, time, subject, datacontenttype} plus {@code
 * schemaversion} (the version of {@code data}'s shape).
 *
 * @param id unique id; consumers deduplicate by it
 * @param type what happened
 * @param time when it happened (UTC)
 * @param practitionerId the practitioner whose calendar it concerns (the envelope's subject)
 * @param data the payload, never null
 */
public record DomainEvent(
    UUID id, EventType type, Instant time, long practitionerId, JsonObject data) {

  /** Version of the payload shapes written by this code. */
  public static final int SCHEMA_VERSION = 1;

  static final String SOURCE = "/medislot/booking";

  public DomainEvent {
    Objects.requireNonNull(id);
    Objects.requireNonNull(type);
    Objects.requireNonNull(time);
    Objects.requireNonNull(data);
  }

  public static DomainEvent of(EventType type, Instant time, long practitionerId, JsonObject data) {
    return new DomainEvent(EventIds.at(time), type, time, practitionerId, data);
  }

  public String toJson() {
    return Jsons.createObjectBuilder()
        .add("specversion", "1.0")
        .add("id", id.toString())
        .add("type", type.wireName())
        .add("source", SOURCE)
        .add("time", time.toString())
        .add("subject", "practitioner/" + practitionerId)
        .add("datacontenttype", "application/json")
        .add("schemaversion", SCHEMA_VERSION)
        .add("data", data)
        .build()
        .toString();
  }

  /**
   * Reads an envelope; empty when the text is not an envelope this code understands (unknown type,
   * newer schema, malformed), so a consumer can skip it instead of failing forever.
   */
  public static Optional<DomainEvent> parse(String json) {
    try (JsonReader reader = Jsons.createReader(new StringReader(json))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        return Optional.empty();
      }
      JsonObject o = value.asJsonObject();
      if (o.getInt("schemaversion", Integer.MAX_VALUE) > SCHEMA_VERSION) {
        return Optional.empty();
      }
      String subject = o.getString("subject", "");
      if (!subject.startsWith("practitioner/")) {
        return Optional.empty();
      }
      return EventType.fromWireName(o.getString("type", ""))
          .map(
              t ->
                  new DomainEvent(
                      UUID.fromString(o.getString("id")),
                      t,
                      Instant.parse(o.getString("time")),
                      Long.parseLong(subject.substring("practitioner/".length())),
                      o.getJsonObject("data")));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
