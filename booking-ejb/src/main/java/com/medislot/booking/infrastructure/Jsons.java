package com.medislot.booking.infrastructure;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.Reader;
import java.util.Collection;

/**
 * JSON-P builders and readers from one provider, looked up once. {@link jakarta.json.Json}'s static
 * methods look the provider up again on every call, a service-loader scan that takes the
 * application class loader's lock: under load every request building JSON queued on that lock (the
 * load benchmark found search threads blocked there). Use these instead of {@code Json.create…}.
 */
public final class Jsons {

  private static final JsonProvider PROVIDER = JsonProvider.provider();

  private Jsons() {}

  public static JsonObjectBuilder createObjectBuilder() {
    return PROVIDER.createObjectBuilder();
  }

  public static JsonObjectBuilder createObjectBuilder(JsonObject initial) {
    return PROVIDER.createObjectBuilder(initial);
  }

  public static JsonArrayBuilder createArrayBuilder() {
    return PROVIDER.createArrayBuilder();
  }

  public static JsonArrayBuilder createArrayBuilder(Collection<?> values) {
    return PROVIDER.createArrayBuilder(values);
  }

  public static JsonReader createReader(Reader reader) {
    return PROVIDER.createReader(reader);
  }

  public static JsonParser createParser(Reader reader) {
    return PROVIDER.createParser(reader);
  }

  public static JsonString createValue(String value) {
    return PROVIDER.createValue(value);
  }
}
