package com.medislot.country;

import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON tree that remembers the line of every value, so validation errors can point into the file.
 * JSON-P's own object model forgets locations, hence this small reader over its parser.
 */
final class LocatedJson {

  /** Deeper nesting than any country file needs: a hostile file must not exhaust the stack. */
  static final int MAX_DEPTH = 16;

  private LocatedJson() {}

  sealed interface Node permits ObjectNode, ArrayNode, ScalarNode {
    /** 1-based line where the value ends (for containers: where they start). */
    int line();

    /** How the value is called in error messages. */
    String kind();
  }

  record Member(String key, int line, Node value) {}

  record ObjectNode(int line, Map<String, Member> members) implements Node {
    @Override
    public String kind() {
      return "an object";
    }
  }

  record ArrayNode(int line, List<Node> items) implements Node {
    @Override
    public String kind() {
      return "an array";
    }
  }

  record ScalarNode(int line, JsonValue value) implements Node {
    @Override
    public String kind() {
      switch (value.getValueType()) {
        case STRING:
          return "a string";
        case NUMBER:
          return "a number";
        case TRUE:
        case FALSE:
          return "a boolean";
        default:
          return "null";
      }
    }
  }

  /** A syntax problem, located. */
  static final class SyntaxException extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;
    final String field;

    SyntaxException(int line, String field, String message) {
      super(message, null, false, false);
      this.line = line;
      this.field = field;
    }
  }

  /** Reads one JSON document; trailing content after it is a syntax error. */
  static Node read(String text) throws SyntaxException {
    try (JsonParser parser = jakarta.json.Json.createParser(new StringReader(text))) {
      Node root = value(parser, parser.next(), "", 1);
      if (parser.hasNext()) {
        throw new SyntaxException(line(parser), "", "unexpected content after the JSON document");
      }
      return root;
    } catch (JsonParsingException e) {
      JsonLocation location = e.getLocation();
      int line = location == null ? 0 : (int) Math.max(0, location.getLineNumber());
      throw new SyntaxException(line, "", "malformed JSON: " + withoutLocation(e.getMessage()));
    }
  }

  private static Node value(JsonParser parser, JsonParser.Event event, String path, int depth)
      throws SyntaxException {
    if (depth > MAX_DEPTH) {
      throw new SyntaxException(line(parser), path, "nested deeper than " + MAX_DEPTH + " levels");
    }
    switch (event) {
      case START_OBJECT:
        return object(parser, path, depth);
      case START_ARRAY:
        return array(parser, path, depth);
      case VALUE_STRING:
      case VALUE_NUMBER:
      case VALUE_TRUE:
      case VALUE_FALSE:
      case VALUE_NULL:
        return new ScalarNode(line(parser), parser.getValue());
      default:
        throw new SyntaxException(line(parser), path, "unexpected " + event);
    }
  }

  private static ObjectNode object(JsonParser parser, String path, int depth)
      throws SyntaxException {
    int line = line(parser);
    Map<String, Member> members = new LinkedHashMap<>();
    JsonParser.Event event = parser.next();
    while (event != JsonParser.Event.END_OBJECT) {
      String key = parser.getString();
      int keyLine = line(parser);
      String childPath = Paths.field(path, key);
      if (members.containsKey(key)) {
        throw new SyntaxException(
            keyLine, childPath, "duplicate field (first at line " + members.get(key).line() + ")");
      }
      Node child = value(parser, parser.next(), childPath, depth + 1);
      members.put(key, new Member(key, keyLine, child));
      event = parser.next();
    }
    return new ObjectNode(line, members);
  }

  private static ArrayNode array(JsonParser parser, String path, int depth) throws SyntaxException {
    int line = line(parser);
    List<Node> items = new ArrayList<>();
    JsonParser.Event event = parser.next();
    while (event != JsonParser.Event.END_ARRAY) {
      items.add(value(parser, event, Paths.index(path, items.size()), depth + 1));
      event = parser.next();
    }
    return new ArrayNode(line, items);
  }

  private static int line(JsonParser parser) {
    return (int) Math.max(1, parser.getLocation().getLineNumber());
  }

  /** The line is reported separately; parser messages repeat it in their own words. */
  private static String withoutLocation(String message) {
    if (message == null) {
      return "syntax error";
    }
    return message.replaceAll("\\s*at \\(line no=\\d+, column no=\\d+, offset=-?\\d+\\)", "");
  }
}
