package com.medislot.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A practitioner of the demo data chosen for one test, with a location, a motive and its free
 * slots. Tests pick distinct practitioners so they never depend on each other's bookings.
 */
record Target(long practitionerId, long locationId, long motiveId, List<String> slots) {

  /** The demo data puts practitioners 1 to 4 in clinic 1, the demo staff account's clinic. */
  static final long CLINIC_ONE_PRACTITIONERS = 4;

  /** The {@code index}-th practitioner near Paris that has free slots in the next two weeks. */
  static Target pick(int index) {
    return pick(Api.SUITE, index);
  }

  /** {@link #pick(int)} asking this server. */
  static Target pick(Api.Server server, int index) {
    Api.Answer found =
        server.get(
            "search/practitioners?"
                + Api.query(
                    Map.of("lat", "48.8566", "lon", "2.3522", "radiusKm", "50", "limit", "100")),
            Optional.empty());
    if (found.status() != 200) {
      throw new AssertionError("search failed: " + found);
    }
    JsonArray results = found.json().getJsonArray("results");
    int seen = 0;
    for (JsonObject r : results.getValuesAs(JsonObject.class)) {
      long practitionerId = r.getJsonNumber("practitionerId").longValue();
      if (practitionerId <= CLINIC_ONE_PRACTITIONERS) {
        continue; // clinic 1's calendars belong to the staff test
      }
      long locationId = r.getJsonObject("location").getJsonNumber("id").longValue();
      JsonObject profile = server.get("practitioners/" + practitionerId, Optional.empty()).json();
      long motiveId =
          profile.getJsonArray("motives").getJsonObject(0).getJsonNumber("id").longValue();
      List<String> slots = slots(server, practitionerId, locationId, motiveId);
      if (slots.size() >= 20 && seen++ == index) {
        return new Target(practitionerId, locationId, motiveId, slots);
      }
    }
    throw new AssertionError("not enough practitioners with free slots near Paris");
  }

  /**
   * The practitioners {@link #pick(int) pick} would give for indices {@code first} to {@code first
   * + count - 1}, in order. Where the first page of the search is too short for them, the same
   * enumeration goes on over the next pages, so the indices below {@code first} (other tests') are
   * never handed out.
   */
  static List<Target> range(int first, int count) {
    return range(Api.SUITE, first, count);
  }

  /** {@link #range(int, int)} asking this server. */
  static List<Target> range(Api.Server server, int first, int count) {
    List<Target> chosen = new ArrayList<>();
    Map<String, String> query =
        Map.of("lat", "48.8566", "lon", "2.3522", "radiusKm", "50", "limit", "100");
    Optional<String> cursor = Optional.empty();
    int seen = 0;
    do {
      Map<String, String> page = new java.util.HashMap<>(query);
      cursor.ifPresent(c -> page.put("cursor", c));
      Api.Answer found = server.get("search/practitioners?" + Api.query(page), Optional.empty());
      if (found.status() != 200) {
        throw new AssertionError("search failed: " + found);
      }
      JsonObject body = found.json();
      for (JsonObject r : body.getJsonArray("results").getValuesAs(JsonObject.class)) {
        long practitionerId = r.getJsonNumber("practitionerId").longValue();
        if (practitionerId <= CLINIC_ONE_PRACTITIONERS) {
          continue;
        }
        long locationId = r.getJsonObject("location").getJsonNumber("id").longValue();
        JsonObject profile = server.get("practitioners/" + practitionerId, Optional.empty()).json();
        long motiveId =
            profile.getJsonArray("motives").getJsonObject(0).getJsonNumber("id").longValue();
        List<String> slots = slots(server, practitionerId, locationId, motiveId);
        if (slots.size() >= 20 && seen++ >= first) {
          chosen.add(new Target(practitionerId, locationId, motiveId, slots));
          if (chosen.size() == count) {
            return chosen;
          }
        }
      }
      cursor =
          Api.isNull(body, "nextCursor")
              ? Optional.empty()
              : Optional.of(body.getString("nextCursor"));
    } while (cursor.isPresent());
    throw new AssertionError(
        "only " + seen + " practitioners with free slots near Paris; wanted " + (first + count));
  }

  static List<String> slots(long practitionerId, long locationId, long motiveId) {
    return slots(Api.SUITE, practitionerId, locationId, motiveId);
  }

  /** The free slots of the next two weeks this server offers. */
  static List<String> slots(
      Api.Server server, long practitionerId, long locationId, long motiveId) {
    Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Api.Answer answer =
        server.get(
            "practitioners/"
                + practitionerId
                + "/slots?"
                + Api.query(
                    Map.of(
                        "locationId", Long.toString(locationId),
                        "motiveId", Long.toString(motiveId),
                        "from", from.toString(),
                        "to", from.plus(14, ChronoUnit.DAYS).toString())),
            Optional.empty());
    if (answer.status() != 200) {
      throw new AssertionError("slots failed: " + answer);
    }
    return answer.json().getJsonArray("slots").getValuesAs(JsonObject.class).stream()
        .map(s -> s.getString("start"))
        .toList();
  }

  List<String> currentSlots() {
    return currentSlots(Api.SUITE);
  }

  /** The free slots this server offers now. */
  List<String> currentSlots(Api.Server server) {
    return slots(server, practitionerId, locationId, motiveId);
  }

  String bookingBody(String start) {
    return Api.bookingBody(practitionerId, locationId, motiveId, start);
  }

  /**
   * Books every slot of this target before {@code notBefore} for new patients and returns the first
   * one after it: the only slot a patient waiting for an earlier one can then be offered.
   */
  String onlyFreeSlotAfter(Instant notBefore) {
    for (String s : slots()) {
      if (Instant.parse(s).isAfter(notBefore)) {
        return s;
      }
      Api.book(Api.newPatientToken(), bookingBody(s), "filler");
    }
    throw new AssertionError("no free slot after " + notBefore + " for " + this);
  }
}
