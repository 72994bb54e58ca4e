package com.medislot.booking.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {

  private static final Gazetteer BUNDLED = Gazetteer.bundled();

  @ParameterizedTest
  @CsvSource({
    "Lyon, Lyon, FR",
    "lyon, Lyon, FR",
    "'  LYON ', Lyon, FR",
    "saint-etienne, Saint-Étienne, FR",
    "Saint Étienne, Saint-Étienne, FR",
    "SAINT-ÉTIENNE, Saint-Étienne, FR",
    "koln, Köln, DE",
    "A Coruña, A Coruña, ES",
    "a coruna, A Coruña, ES",
    "69003, Lyon, FR",
    "75116, Paris, FR",
    "42000, Saint-Étienne, FR",
    "13001, Marseille, FR",
  })
  void findsPlacesByNameOrPostcode(String query, String name, String country) {
    Place place = BUNDLED.find(query).orElseThrow();
    assertThat(place.name()).isEqualTo(name);
    assertThat(place.countryCode()).isEqualTo(country);
  }

  @Test
  void placesCarryTheirCoordinates() {
    Place lyon = BUNDLED.find("Lyon").orElseThrow();
    assertThat(lyon.latitude()).isCloseTo(45.75, within(0.05));
    assertThat(lyon.longitude()).isCloseTo(4.85, within(0.05));
  }

  @Test
  void unknownNamesAndPostcodesFindNothing() {
    assertThat(BUNDLED.find("Atlantis")).isEmpty();
    assertThat(BUNDLED.find("00000")).isEmpty();
    assertThat(BUNDLED.find("")).isEmpty();
  }

  @Test
  void aSharedNameResolvesToTheMostPopulousPlace() {
    Gazetteer g =
        new Gazetteer(
            List.of(
                new Place("Valence", "FR", 44.93, 4.89, 64_000),
                new Place("Valencé", "ES", 1, 1, 10),
                new Place("Valence", "XX", 2, 2, 800_000)),
            Map.of());
    assertThat(g.find("valence").orElseThrow().population()).isEqualTo(800_000);
  }

  @Test
  void suggestionsAreTheClosestNames() {
    assertThat(BUNDLED.suggestions("Lyonn", 5)).first().isEqualTo("Lyon");
    assertThat(BUNDLED.suggestions("Bordaux", 5)).first().isEqualTo("Bordeaux");
    assertThat(BUNDLED.suggestions("saint etiene", 5)).contains("Saint-Étienne");
    assertThat(BUNDLED.suggestions("Lyonn", 3)).hasSize(3);
  }

  @Test
  void nothingCloseMeansNoSuggestion() {
    assertThat(BUNDLED.suggestions("qqqqqqqqqqqqqqqqqqqqqqqq", 5)).isEmpty();
    assertThat(BUNDLED.suggestions("---", 5)).isEmpty();
  }

  @Test
  void keysDropAccentsCaseAndPunctuation() {
    assertThat(Gazetteer.key("Saint-Étienne")).isEqualTo("saint etienne");
    assertThat(Gazetteer.key("  Aix-en-Provence ")).isEqualTo("aix en provence");
    assertThat(Gazetteer.key("L'Haÿ-les-Roses")).isEqualTo("l hay les roses");
  }
}
