package com.medislot.country;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Reads country files: the ones bundled in this library and files supplied by an administrator.
 * Stateless apart from a cache of bundled definitions; thread-safe.
 */
public final class CountryFiles {

  /** Larger files are rejected unread: no real country file comes near this. */
  public static final int MAX_FILE_BYTES = 1024 * 1024;

  /** Classpath folder of the bundled files, {@code <CC>.json} each. */
  public static final String BUNDLED_FOLDER = "/com/medislot/country/countries/";

  /** Classpath location of the JSON Schema that describes the file format. */
  public static final String SCHEMA_RESOURCE = BUNDLED_FOLDER + "country.schema.json";

  private static final String INDEX_RESOURCE = BUNDLED_FOLDER + "index.txt";

  private static final Map<String, CountryDefinition> BUNDLED = new ConcurrentHashMap<>();

  private CountryFiles() {}

  /**
   * The bundled definition of a country.
   *
   * @param code ISO 3166-1 alpha-2 code, upper case
   * @throws IllegalArgumentException if no file is bundled for that code
   * @throws IllegalStateException if the bundled file is invalid (a build defect)
   */
  public static CountryDefinition bundled(String code) {
    Objects.requireNonNull(code, "code");
    if (!bundledCodes().contains(code)) {
      throw new IllegalArgumentException(
          "no bundled country file for "
              + CountryFileParser.quote(code)
              + "; bundled: "
              + bundledCodes());
    }
    return BUNDLED.computeIfAbsent(code, CountryFiles::loadBundled);
  }

  /** Codes of the bundled countries, sorted. Unmodifiable. */
  public static Set<String> bundledCodes() {
    return BundledIndex.CODES;
  }

  /**
   * Parses and validates one country file. Never throws for bad content: every problem found is
   * reported with file, line and field.
   *
   * @param fileName the name shown in messages; when it has the form {@code CC.json} the file's
   *     {@code code} must match it
   * @param in the file's bytes, UTF-8 JSON; read up to {@link #MAX_FILE_BYTES} + 1 bytes, not
   *     closed
   */
  public static ValidationResult parse(String fileName, InputStream in) {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(in, "in");
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_FILE_BYTES + 1);
    } catch (IOException e) {
      return fileError(fileName, "cannot be read: " + e.getMessage());
    }
    if (bytes.length > MAX_FILE_BYTES) {
      return fileError(fileName, "is larger than the limit of " + MAX_FILE_BYTES + " bytes");
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      return fileError(fileName, "is not UTF-8 text");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return fileError(fileName, "is empty");
    }
    LocatedJson.Node root;
    try {
      root = LocatedJson.read(text);
    } catch (LocatedJson.SyntaxException e) {
      return ValidationResult.malformed(
          List.of(new ValidationError(fileName, e.line, e.field, e.getMessage())));
    }
    return new CountryFileParser(fileName).parse(root);
  }

  private static ValidationResult fileError(String fileName, String message) {
    return ValidationResult.malformed(List.of(new ValidationError(fileName, 0, "", message)));
  }

  private static CountryDefinition loadBundled(String code) {
    String resource = BUNDLED_FOLDER + code + ".json";
    try (InputStream in = CountryFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled country file missing: " + resource);
      }
      ValidationResult result = parse(code + ".json", in);
      return result
          .definition()
          .orElseThrow(
              () ->
                  new IllegalStateException("bundled country file is invalid: " + result.errors()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The index of bundled files, read once: a jar's folders cannot be listed portably. */
  private static final class BundledIndex {
    static final Set<String> CODES = read();

    private static Set<String> read() {
      try (InputStream in = CountryFiles.class.getResourceAsStream(INDEX_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("bundled country index missing: " + INDEX_RESOURCE);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        TreeSet<String> codes =
            bytes
                .toString(StandardCharsets.UTF_8)
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .collect(Collectors.toCollection(TreeSet::new));
        return Collections.unmodifiableSortedSet(codes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
