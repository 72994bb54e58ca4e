package com.medislot.datagen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The bundled city list ({@code cities.csv}, extracted from GeoNames by {@code
 * scripts/extract-cities.mjs}) and a population-weighted pick over it. Immutable.
 */
public final class Cities {

  static final String RESOURCE = "/com/medislot/datagen/cities.csv";

  private final List<City> cities;
  private final long[] cumulativePopulation;

  private Cities(List<City> cities) {
    this.cities = List.copyOf(cities);
    this.cumulativePopulation = new long[cities.size()];
    long total = 0;
    for (int i = 0; i < cities.size(); i++) {
      total += cities.get(i).population();
      cumulativePopulation[i] = total;
    }
  }

  /** Reads the bundled list. */
  public static Cities bundled() {
    try (InputStream in = Cities.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<City> list = new ArrayList<>();
      String line = reader.readLine(); // header
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank()) {
          list.add(parse(line));
        }
      }
      return new Cities(list);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** All cities, in file order (country, then population descending). */
  public List<City> all() {
    return cities;
  }

  /** Picks a city with a probability proportional to its population. */
  City pick(SplittableRandom random) {
    long r = random.nextLong(cumulativePopulation[cumulativePopulation.length - 1]);
    int lo = 0;
    int hi = cumulativePopulation.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulativePopulation[mid] > r) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return cities.get(lo);
  }

  /** Parses one CSV line; quoted fields may hold commas and doubled quotes. */
  static City parse(String line) {
    List<String> fields = new ArrayList<>(7);
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(ch);
      }
    }
    fields.add(field.toString());
    if (fields.size() != 7) {
      throw new IllegalArgumentException("expected 7 fields in city line: " + line);
    }
    return new City(
        Long.parseLong(fields.get(0)),
        fields.get(1),
        fields.get(2),
        fields.get(3),
        Double.parseDouble(fields.get(4)),
        Double.parseDouble(fields.get(5)),
        Long.parseLong(fields.get(6)));
  }
}
