package com.medislot.datagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CitiesTest {

  private final Cities cities = Cities.bundled();

  @Test
  void bundledListCoversTheFiveCountriesWithTownsOfAtLeast15000() {
    Map<String, Long> perCountry =
        cities.all().stream().collect(Collectors.groupingBy(City::country, Collectors.counting()));
    assertThat(perCountry).containsOnlyKeys("FR", "DE", "IT", "ES", "NL");
    assertThat(perCountry.values()).allMatch(n -> n > 100);
    assertThat(cities.all()).allMatch(c -> c.population() >= 15_000);
    assertThat(cities.all())
        .anyMatch(c -> c.name().equals("Paris") && c.country().equals("FR"))
        .anyMatch(c -> c.name().equals("Amsterdam") && c.country().equals("NL"));
  }

  @Test
  void picksInProportionToPopulation() {
    SplittableRandom random = new SplittableRandom(3);
    int berlin = 0;
    int draws = 200_000;
    for (int i = 0; i < draws; i++) {
      if (cities.pick(random).name().equals("Berlin")) {
        berlin++;
      }
    }
    long total = cities.all().stream().mapToLong(City::population).sum();
    City b = cities.all().stream().filter(c -> c.name().equals("Berlin")).findFirst().orElseThrow();
    double expected = (double) b.population() / total;
    assertThat((double) berlin / draws).isBetween(expected * 0.9, expected * 1.1);
  }

  @Test
  void parsesQuotedFieldsAndRejectsShortLines() {
    City c = Cities.parse("1,\"Bad \"\"Town\"\", Nord\",DE,05,50.5,7.25,20000");
    assertThat(c.name()).isEqualTo("Bad \"Town\", Nord");
    assertThat(c.longitude()).isEqualTo(7.25);
    assertThatThrownBy(() -> Cities.parse("1,Town,DE"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
