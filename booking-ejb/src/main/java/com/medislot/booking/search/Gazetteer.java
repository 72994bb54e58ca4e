package com.medislot.booking.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Resolves a place name or a French postcode to a {@link Place}. Names match whatever their
 * accents, case and punctuation ({@code saint-etienne} finds Saint-Étienne); a name shared by
 * several cities resolves to the most populous. Immutable and thread-safe.
 *
 * <p>The bundled data are the GeoNames cities of at least 15,000 inhabitants of FR, DE, IT, ES and
 * NL (CC BY 4.0, the data generator's extract) and the postcodes of the French ones from the INSEE
 * code officiel géographique and La Poste (Licence Ouverte 2.0); see {@code
 * gazetteer/*-LICENSE.md}.
 */
public final class Gazetteer {

  static final String CITIES = "gazetteer/cities.csv";
  static final String POSTCODES = "gazetteer/postcodes-fr.csv";
  private static final Pattern FRENCH_POSTCODE = Pattern.compile("\\d{5}|2[AB]\\d{3}");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final Map<String, Place> byName;
  private final Map<String, Place> byPostcode;

  Gazetteer(List<Place> places, Map<String, Place> byPostcode) {
    Map<String, Place> names = new HashMap<>();
    for (Place p : places) {
      names.merge(key(p.name()), p, (a, b) -> a.population() >= b.population() ? a : b);
    }
    this.byName = Map.copyOf(names);
    this.byPostcode = Map.copyOf(byPostcode);
  }

  /** Every named place, one per name (the most populous of namesakes). */
  public Collection<Place> places() {
    return byName.values();
  }

  /** Reads the bundled data. */
  public static Gazetteer bundled() {
    Map<String, Place> byId = new LinkedHashMap<>();
    for (List<String> row : csv(CITIES)) {
      // geonames_id,name,country,admin_code,latitude,longitude,population
      byId.put(
          row.get(0),
          new Place(
              row.get(1),
              row.get(2),
              Double.parseDouble(row.get(4)),
              Double.parseDouble(row.get(5)),
              Long.parseLong(row.get(6))));
    }
    Map<String, Place> postcodes = new HashMap<>();
    for (List<String> row : csv(POSTCODES)) {
      Place p = byId.get(row.get(1));
      if (p == null) {
        throw new IllegalStateException("postcode " + row.get(0) + " names an unknown city");
      }
      postcodes.put(row.get(0), p);
    }
    return new Gazetteer(List.copyOf(byId.values()), postcodes);
  }

  /**
   * The place a query names: a French postcode ({@code 69003}) or a city name.
   *
   * @return empty when nothing matches
   */
  public Optional<Place> find(String query) {
    String q = query.strip();
    if (FRENCH_POSTCODE.matcher(q).matches()) {
      return Optional.ofNullable(byPostcode.get(q.toUpperCase(Locale.ROOT)));
    }
    return Optional.ofNullable(byName.get(key(q)));
  }

  /**
   * The names closest to a query that found nothing, by edit distance over the normalised names
   * (ties: the more populous first). Names sharing the query's first letter come first, so that a
   * typo rarely drifts to an unrelated short name.
   *
   * @param limit at most this many names
   */
  public List<String> suggestions(String query, int limit) {
    String q = key(query);
    if (q.isEmpty() || limit <= 0) {
      return List.of();
    }
    LevenshteinDistance distance = new LevenshteinDistance(Math.max(3, q.length() / 2));
    record Scored(Place place, int distance) {}
    List<Scored> scored = new ArrayList<>();
    byName.forEach(
        (name, place) -> {
          int d = distance.apply(q, name);
          if (d >= 0) {
            scored.add(new Scored(place, d + (name.charAt(0) == q.charAt(0) ? 0 : 1)));
          }
        });
    return scored.stream()
        .sorted(
            Comparator.comparingInt(Scored::distance).thenComparing(s -> -s.place().population()))
        .limit(limit)
        .map(s -> s.place().name())
        .toList();
  }

  /** Lower case, accents and punctuation dropped, words separated by one space. */
  static String key(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    String bare = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    return SEPARATORS.matcher(bare).replaceAll(" ").strip();
  }

  private static List<List<String>> csv(String resource) {
    try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<List<String>> rows = new ArrayList<>();
      reader.readLine(); // header
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          rows.add(fields(line));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One CSV line; the bundled files quote nothing (no name holds a comma or a quote). */
  static List<String> fields(String line) {
    if (line.indexOf('"') >= 0) {
      throw new IllegalStateException("quoted CSV field not expected: " + line);
    }
    return List.of(line.split(",", -1));
  }
}
