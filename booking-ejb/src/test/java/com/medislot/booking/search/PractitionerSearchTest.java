package com.medislot.booking.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.apache.lucene.util.SloppyMath;
import org.hibernate.search.engine.spatial.GeoBoundingBox;
import org.junit.jupiter.api.Test;

class PractitionerSearchTest {

  @Test
  void thePageOfADistanceSearchStopsAtTheFirstHitBeyondTheRadius() {
    List<SearchHit> sorted =
        List.of(hit(1, 0.4), hit(2, 9.9), hit(3, 10.0), hit(4, 10.2), hit(5, 13));

    assertThat(PractitionerSearch.withinRadius(sorted, 10))
        .extracting(SearchHit::practitionerId)
        .containsExactly(1L, 2L, 3L);
    assertThat(PractitionerSearch.withinRadius(sorted, 20)).isSameAs(sorted);
    assertThat(PractitionerSearch.withinRadius(sorted, 0.1)).isEmpty();
    assertThat(PractitionerSearch.withinRadius(List.of(), 10)).isEmpty();
  }

  @Test
  void theBoundingBoxHoldsTheWholeCircleAndNoMore() {
    double lat = 48.8566;
    double lon = 2.3522;
    GeoBoundingBox box = PractitionerSearch.boundingBox(lat, lon, 10);

    // the circle's northern, southern, eastern and western points lie on the box's edges
    double north = box.topLeft().latitude();
    double south = box.bottomRight().latitude();
    double west = box.topLeft().longitude();
    double east = box.bottomRight().longitude();
    assertThat(SloppyMath.haversinMeters(lat, lon, north, lon)).isBetween(9_990.0, 10_010.0);
    assertThat(SloppyMath.haversinMeters(lat, lon, south, lon)).isBetween(9_990.0, 10_010.0);
    assertThat(SloppyMath.haversinMeters(lat, lon, lat, east)).isBetween(9_990.0, 10_070.0);
    assertThat(SloppyMath.haversinMeters(lat, lon, lat, west)).isBetween(9_990.0, 10_070.0);
    assertThat(north).isGreaterThan(lat);
    assertThat(west).isLessThan(lon);
  }

  @Test
  void aBoxAcrossTheAntimeridianKeepsItsWesternEdgeEastOfItsEasternOne() {
    GeoBoundingBox box = PractitionerSearch.boundingBox(-17.7, 179.95, 20);

    assertThat(box.topLeft().longitude()).isBetween(179.0, 180.0);
    assertThat(box.bottomRight().longitude()).isBetween(-180.0, -179.0);
  }

  private static SearchHit hit(long id, double distanceKm) {
    return new SearchHit(
        id,
        id,
        "Dr " + id,
        "general-practice",
        "General practice",
        List.of("fr"),
        true,
        "Site",
        "1 rue de la Paix",
        "Paris",
        "FR",
        48.86,
        2.35,
        Optional.empty(),
        distanceKm);
  }
}
