package com.medislot.benchmarks.load;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Bookings as patients make them: a patient with no upcoming appointment books a free slot found
 * through search ({@code POST /appointments} with an idempotency key), and cancels it right after
 * ({@code POST /appointments/{id}/cancel}), which frees the slot for a later booking and keeps the
 * patient within the anti-hoarding rules. The booking is what the open loop times; the cancellation
 * is timed separately from the moment it is sent.
 */
final class BookingTraffic {

  /** Far enough ahead for the patients' cancellation cutoff (2 h in the demo countries). */
  private static final long EARLIEST_HOURS = 4;

  private final Api api;
  private final Queue<String> idlePatients = new ConcurrentLinkedQueue<>();
  private final Queue<Slot> freeSlots = new ConcurrentLinkedQueue<>();
  private final Histogram cancelMicros = new ConcurrentHistogram(60_000_000L, 3);

  record Slot(long practitionerId, long locationId, long motiveId, String start) {
    String body() {
      return Json.createObjectBuilder()
          .add("practitionerId", practitionerId)
          .add("locationId", locationId)
          .add("motiveId", motiveId)
          .add("start", start)
          .build()
          .toString();
    }
  }

  BookingTraffic(Api api) {
    this.api = api;
  }

  /** Signs up {@code count} patients for this run and logs them in. */
  void signUp(int count, String run, PrintStream out) {
    List<CompletableFuture<Void>> pending = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String email = "load-" + run + "-" + i + "@bench.medislot.test";
      String password = "load-" + run + "-password";
      String registration =
          Json.createObjectBuilder()
              .add("email", email)
              .add("password", password)
              .add("firstName", "Load")
              .add("lastName", "Patient " + i)
              .add("birthDate", "1980-01-01")
              .build()
              .toString();
      String login =
          Json.createObjectBuilder()
              .add("email", email)
              .add("password", password)
              .build()
              .toString();
      pending.add(
          api.post("auth/patients", Optional.empty(), Optional.empty(), registration)
              .thenCompose(
                  r -> {
                    expect(r, 201, "sign-up");
                    return api.post("auth/token", Optional.empty(), Optional.empty(), login);
                  })
              .thenAccept(
                  r -> {
                    expect(r, 200, "login");
                    idlePatients.add(Api.json(r).getString("access_token"));
                  }));
      if (pending.size() == 8) {
        pending.forEach(CompletableFuture::join);
        pending.clear();
      }
    }
    pending.forEach(CompletableFuture::join);
    out.printf("patients signed up and logged in: %d%n", idlePatients.size());
  }

  /**
   * Finds free slots the way a patient would: searches, then each practitioner's profile and {@code
   * /slots}, until at least {@code wanted} slots are known.
   */
  void findSlots(QueryMix queries, int wanted, PrintStream out) {
    SplittableRandom random = new SplittableRandom(7);
    Set<String> seen = new HashSet<>();
    List<Slot> found = new ArrayList<>();
    Instant from =
        Instant.now().plus(EARLIEST_HOURS, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    Instant to = from.plus(14, ChronoUnit.DAYS);
    for (int round = 0; round < 2_000 && found.size() < wanted; round++) {
      SearchQuery q = queries.next(random);
      HttpResponse<String> answer =
          api.get("search/practitioners?" + q.queryString(), Optional.empty()).join();
      if (answer.statusCode() != 200) {
        continue;
      }
      for (JsonObject r : Api.json(answer).getJsonArray("results").getValuesAs(JsonObject.class)) {
        long practitioner = r.getJsonNumber("practitionerId").longValue();
        long location = r.getJsonObject("location").getJsonNumber("id").longValue();
        if (!seen.add(practitioner + "/" + location)) {
          continue;
        }
        JsonObject profile =
            Api.json(api.get("practitioners/" + practitioner, Optional.empty()).join());
        for (JsonObject motive : profile.getJsonArray("motives").getValuesAs(JsonObject.class)) {
          if (!motive.getBoolean("newPatients", true)) {
            continue;
          }
          long motiveId = motive.getJsonNumber("id").longValue();
          HttpResponse<String> slots =
              api.get(
                      "practitioners/"
                          + practitioner
                          + "/slots?locationId="
                          + location
                          + "&motiveId="
                          + motiveId
                          + "&from="
                          + from
                          + "&to="
                          + to,
                      Optional.empty())
                  .join();
          if (slots.statusCode() != 200) {
            continue;
          }
          List<JsonObject> list =
              Api.json(slots).getJsonArray("slots").getValuesAs(JsonObject.class);
          for (int i = 0; i < list.size() && i < 8; i++) {
            found.add(new Slot(practitioner, location, motiveId, list.get(i).getString("start")));
          }
          break;
        }
      }
    }
    Collections.shuffle(found, new java.util.Random(7));
    freeSlots.addAll(found);
    out.printf(
        "free slots found for booking: %d (%d practitioner-locations)%n",
        found.size(), seen.size());
  }

  /** One booking, then its cancellation; completes with the booking's outcome. */
  CompletableFuture<String> bookOne() {
    String patient = idlePatients.poll();
    if (patient == null) {
      return CompletableFuture.completedFuture(OpenLoop.SKIPPED + "no idle patient");
    }
    Slot slot = freeSlots.poll();
    if (slot == null) {
      idlePatients.add(patient);
      return CompletableFuture.completedFuture(OpenLoop.SKIPPED + "no free slot left");
    }
    return api.post(
            "appointments",
            Optional.of(patient),
            Optional.of(UUID.randomUUID().toString()),
            slot.body())
        .thenApply(
            answer -> {
              if (answer.statusCode() == 201) {
                cancel(patient, slot, Api.json(answer).getJsonNumber("id").longValue());
              } else {
                idlePatients.add(patient); // a taken or refused slot is not tried again
              }
              return "booking " + answer.statusCode();
            });
  }

  private void cancel(String patient, Slot slot, long appointmentId) {
    long sent = System.nanoTime();
    api.post(
            "appointments/" + appointmentId + "/cancel",
            Optional.of(patient),
            Optional.empty(),
            "{}")
        .whenComplete(
            (answer, error) -> {
              cancelMicros.recordValue(Math.min(60_000_000L, (System.nanoTime() - sent) / 1_000));
              idlePatients.add(patient);
              if (error == null && answer.statusCode() == 200) {
                freeSlots.add(slot);
              }
            });
  }

  Histogram cancellations() {
    return cancelMicros;
  }

  private static void expect(HttpResponse<String> answer, int status, String what) {
    if (answer.statusCode() != status) {
      throw new IllegalStateException(
          what + " answered " + answer.statusCode() + ": " + answer.body());
    }
  }
}
