package com.medislot.web.problem;

import com.medislot.booking.errors.InvalidInputException;
import com.medislot.booking.infrastructure.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Checks a JSON request body against the body class it is bound to, before JSON-B binds it, which
 * would otherwise convert what it should refuse: a number too big for a {@code Long} wraps round
 * ({@code 18446744073709551617} became practitioner 1), a fraction is cut ({@code 1.9} became 1), a
 * number or a boolean becomes a string, and whatever follows the first JSON value is ignored. Each
 * of these is a 400 naming the field instead, as are:
 *
 * <ul>
 *   <li>bytes that are not UTF-8 (they would be stored as U+FFFD), and a declared charset other
 *       than UTF-8 (415);
 *   <li>control characters in any text (a NUL reached PostgreSQL, which refuses it, as a 500), and
 *       halves of surrogate pairs;
 *   <li>anything after the JSON value, which also makes the whole body count against the size limit
 *       ({@link BodySizeLimit}) rather than only what the binder read.
 * </ul>
 *
 * Only bodies bound to the application's own classes are checked; a country file ({@code byte[]})
 * is the country parser's to judge.
 */
@Provider
public class StrictJsonBodies implements ReaderInterceptor {

  private static final String BODY = "body";
  private static final String NOT_ONE_VALUE = "must be one valid JSON value and nothing else";

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!isBodyClass(context.getType())) {
      return context.proceed();
    }
    requireUtf8(context.getMediaType());
    byte[] bytes = context.getInputStream().readAllBytes();
    String text = decode(bytes);
    if (!text.isBlank()) {
      check(parseOne(text), context.getGenericType(), "");
    }
    context.setInputStream(new ByteArrayInputStream(bytes));
    return context.proceed();
  }

  /** The application's body classes: public fields, in this application's packages. */
  static boolean isBodyClass(Class<?> type) {
    return type.getName().startsWith("com.medislot.") && !type.isEnum();
  }

  private static void requireUtf8(MediaType type) {
    if (declaresOtherCharset(type)) {
      throw new NotSupportedException("JSON bodies are UTF-8");
    }
  }

  /** Whether the body's type names a charset, and not UTF-8. */
  static boolean declaresOtherCharset(MediaType type) {
    String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
    return charset != null && !charset.trim().equalsIgnoreCase(StandardCharsets.UTF_8.name());
  }

  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(BODY, "is not UTF-8 text");
    }
  }

  /** The one JSON value of the text; anything after it is refused. */
  static JsonValue parseOne(String text) {
    try (JsonParser parser = Jsons.createParser(new StringReader(text))) {
      parser.next();
      JsonValue value = parser.getValue();
      if (parser.hasNext()) {
        throw new InvalidInputException(BODY, NOT_ONE_VALUE);
      }
      return value;
    } catch (JsonParsingException e) {
      throw new InvalidInputException(BODY, NOT_ONE_VALUE);
    }
  }

  /**
   * Checks a value against the Java type it will be bound to.
   *
   * @param path where the value is, for the error: {@code ranges[0].locationId}
   */
  static void check(JsonValue value, Type type, String path) {
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return; // absent and null are the bean validation's to judge
    }
    Class<?> raw = rawClass(type);
    if (raw == Long.class || raw == long.class) {
      wholeNumber(value, path, Long.MIN_VALUE, Long.MAX_VALUE);
    } else if (raw == Integer.class || raw == int.class) {
      wholeNumber(value, path, Integer.MIN_VALUE, Integer.MAX_VALUE);
    } else if (raw == String.class || raw == LocalDate.class) {
      if (!(value instanceof JsonString s)) {
        throw new InvalidInputException(field(path), "must be a string");
      }
      plainText(s.getString(), path);
    } else if (raw == Boolean.class || raw == boolean.class) {
      if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
        throw new InvalidInputException(field(path), "must be true or false");
      }
    } else if (List.class.isAssignableFrom(raw) && type instanceof ParameterizedType list) {
      if (!(value instanceof JsonArray array)) {
        throw new InvalidInputException(field(path), "must be an array");
      }
      Type element = list.getActualTypeArguments()[0];
      for (int i = 0; i < array.size(); i++) {
        check(array.get(i), element, path + "[" + i + "]");
      }
    } else if (isBodyClass(raw)) {
      if (!(value instanceof JsonObject object)) {
        throw new InvalidInputException(field(path), "must be a JSON object");
      }
      for (Field f : raw.getFields()) {
        if (!Modifier.isStatic(f.getModifiers()) && object.containsKey(f.getName())) {
          String name = path.isEmpty() ? f.getName() : path + "." + f.getName();
          check(object.get(f.getName()), f.getGenericType(), name);
        }
      }
    }
    // other types are left to JSON-B; checked() tells which are checked here
  }

  /**
   * Whether values bound to this type are checked here ({@link #check(JsonValue, Type, String)}).
   */
  static boolean checked(Type type) {
    Class<?> raw = rawClass(type);
    if (List.class.isAssignableFrom(raw)) {
      return type instanceof ParameterizedType p && checked(p.getActualTypeArguments()[0]);
    }
    return List.of(
                Long.class,
                long.class,
                Integer.class,
                int.class,
                String.class,
                LocalDate.class,
                Boolean.class,
                boolean.class)
            .contains(raw)
        || isBodyClass(raw);
  }

  private static void wholeNumber(JsonValue value, String path, long min, long max) {
    if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
      throw new InvalidInputException(field(path), "must be a whole number");
    }
    // integral: written without a fraction or an exponent, so its digits are its length
    long v;
    try {
      v = n.bigDecimalValue().longValueExact();
    } catch (ArithmeticException e) {
      throw new InvalidInputException(field(path), "is out of range");
    }
    if (v < min || v > max) {
      throw new InvalidInputException(field(path), "is out of range");
    }
  }

  /** No control characters but tab and line breaks, no half of a surrogate pair. */
  private static void plainText(String text, String path) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
        throw new InvalidInputException(field(path), "must not contain control characters");
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new InvalidInputException(field(path), "must be valid Unicode text");
      }
    }
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return Object.class;
  }

  private static String field(String path) {
    return path.isEmpty() ? BODY : path;
  }

  /** For tests: the same check on a text, as the interceptor makes it. */
  static void check(String json, Class<?> bodyClass) {
    check(parseOne(json), bodyClass, "");
  }
}
