package com.medislot.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * Two days off for practitioner 1 of the demo staff account's clinic, from their earliest free
 * slot, and the search that tells whether a server's index knows of it: around the practitioner's
 * location, for those free before the end of that slot's day ({@code availableBefore} is answered
 * from the index alone). Before the block the practitioner is listed; once the index holds it, not.
 *
 * @param motiveId a motive offered at the earliest free slot
 * @param day the day of the earliest free slot (UTC)
 */
record DayOff(
    JsonObject location, String specialty, long motiveId, Instant earliest, LocalDate day) {

  static final long PRACTITIONER = 1;

  /** Plans the days off from what {@code server} answers now. */
  static DayOff plan(Api.Server server) {
    JsonObject profile = server.get("practitioners/" + PRACTITIONER, Optional.empty()).json();
    JsonObject location = profile.getJsonArray("locations").getJsonObject(0);
    String specialty = profile.getJsonObject("specialty").getString("code");
    LocalDate far = LocalDate.now(ZoneOffset.UTC).plusYears(1);
    Api.Answer all = server.get(searchPath(location, specialty, far, 100), Optional.empty());
    JsonObject found =
        listing(all).orElseThrow(() -> new AssertionError("practitioner 1 not found: " + all));
    Instant earliest = Instant.parse(found.getString("nextAvailable"));
    long locationId = location.getJsonNumber("id").longValue();
    long motiveId =
        profile.getJsonArray("motives").getValuesAs(JsonObject.class).stream()
            .mapToLong(m -> m.getJsonNumber("id").longValue())
            .filter(
                m -> {
                  try {
                    return Target.slots(server, PRACTITIONER, locationId, m)
                        .contains(earliest.toString());
                  } catch (AssertionError notBookableOnline) {
                    return false;
                  }
                })
            .findFirst()
            .orElseThrow(() -> new AssertionError("no motive offers " + earliest));
    return new DayOff(
        location, specialty, motiveId, earliest, earliest.atZone(ZoneOffset.UTC).toLocalDate());
  }

  /**
   * Whether {@code server}'s slots no longer offer the earliest slot: the calendar change has been
   * handled there, and with it the attempt to write it to the search index.
   */
  boolean blockedInSlotsOf(Api.Server server) {
    return !Target.slots(server, PRACTITIONER, location.getJsonNumber("id").longValue(), motiveId)
        .contains(earliest.toString());
  }

  /** The search, with this page size (different sizes are different entries of the cache). */
  String searchPath(int limit) {
    return searchPath(location, specialty, day, limit);
  }

  /** Whether the search on {@code server} lists the practitioner (it must answer 200). */
  boolean listedOn(Api.Server server) {
    return listing(server.get(searchPath(100), Optional.empty())).isPresent();
  }

  /** Blocks the calendar from the earliest slot until the day after next, as clinic staff. */
  long block(Api.Server server, String staff) {
    // the next free slot is then past the end of `day` in every time zone
    Instant end = day.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
    Api.Answer added =
        server.post(
            "staff/practitioners/" + PRACTITIONER + "/exceptions",
            "{\"kind\":\"BLOCK\",\"start\":\"" + earliest + "\",\"end\":\"" + end + "\"}",
            Optional.of(staff),
            Map.of());
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    return added.json().getJsonNumber("id").longValue();
  }

  /** Lifts the block. */
  static void unblock(Api.Server server, String staff, long blockId) {
    Api.Answer removed =
        server.delete("staff/practitioners/" + PRACTITIONER + "/exceptions/" + blockId, staff);
    assertThat(removed.status()).as(removed.body()).isEqualTo(204);
  }

  /** The demo staff account's token from {@code server}. */
  static String staffToken(Api.Server server) {
    return server.token("staff@demo.medislot.test", "staff-demo");
  }

  /** The practitioner's entry in a 200 search answer. */
  static Optional<JsonObject> listing(Api.Answer answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonArray results = answer.json().getJsonArray("results");
    return results.getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getJsonNumber("practitionerId").longValue() == PRACTITIONER)
        .findFirst();
  }

  private static String searchPath(
      JsonObject location, String specialty, LocalDate before, int limit) {
    return "search/practitioners?"
        + Api.query(
            Map.of(
                "lat", location.getJsonNumber("lat").toString(),
                "lon", location.getJsonNumber("lon").toString(),
                "radiusKm", "1",
                "specialty", specialty,
                "availableBefore", before.toString(),
                "limit", Integer.toString(limit)));
  }
}
