package com.medislot.web.support;

import com.medislot.booking.appointment.AppointmentView;
import com.medislot.booking.appointment.HoldView;
import com.medislot.booking.appointment.WaitlistView;
import com.medislot.booking.infrastructure.Jsons;
import com.medislot.booking.patient.RelativeView;
import com.medislot.booking.practitioner.Location;
import com.medislot.booking.practitioner.Specialty;
import com.medislot.booking.practitioner.VisitMotive;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Optional;

/** JSON shapes shared by several resources, so each shape is written once. */
public final class JsonViews {

  private JsonViews() {}

  /** A visit motive as profiles and the staff directory show it. */
  public static JsonObject motive(VisitMotive m) {
    return Jsons.createObjectBuilder()
        .add("id", m.id())
        .add("name", m.name())
        .add("durationMinutes", m.duration().toMinutes())
        .add("newPatients", m.newPatients())
        .add("onlineBookable", m.onlineBookable())
        .build();
  }

  public static JsonObject specialty(Specialty s) {
    return Jsons.createObjectBuilder().add("code", s.code()).add("name", s.name()).build();
  }

  public static JsonObject location(Location l) {
    return Jsons.createObjectBuilder()
        .add("id", l.id())
        .add("name", l.name())
        .add("address", l.address())
        .add("postcode", l.postcode())
        .add("city", l.city())
        .add("countryCode", l.countryCode())
        .add("lat", l.latitude())
        .add("lon", l.longitude())
        .add("timeZone", l.zone().getId())
        .build();
  }

  public static JsonObject appointment(AppointmentView a) {
    JsonObjectBuilder b =
        Jsons.createObjectBuilder()
            .add("id", a.id())
            .add("status", a.status().name())
            .add("practitionerId", a.practitionerId())
            .add("locationId", a.locationId())
            .add("motiveId", a.motiveId())
            .add("start", a.start().toString())
            .add("end", a.end().toString());
    a.relative().ifPresent(r -> b.add("relativeId", r.id()));
    a.cancelledBy().ifPresent(by -> b.add("cancelledBy", by));
    a.cancelReason().ifPresent(reason -> b.add("cancelReason", reason));
    return b.add("bookedFor", bookedFor(a.relative())).build();
  }

  public static JsonObject hold(HoldView h) {
    JsonObjectBuilder b =
        Jsons.createObjectBuilder()
            .add("id", h.id())
            .add("status", h.status().name())
            .add("practitionerId", h.practitionerId())
            .add("locationId", h.locationId())
            .add("motiveId", h.motiveId())
            .add("start", h.start().toString())
            .add("end", h.end().toString())
            .add("expiresAt", h.expiresAt().toString())
            .add("offer", h.offer());
    h.relative().ifPresent(r -> b.add("relativeId", r.id()));
    return b.add("bookedFor", bookedFor(h.relative())).build();
  }

  public static JsonObject relative(RelativeView r) {
    return Jsons.createObjectBuilder()
        .add("id", r.id())
        .add("firstName", r.firstName())
        .add("lastName", r.lastName())
        .add("birthDate", r.birthDate().toString())
        .add("relationship", r.relationship().name())
        .build();
  }

  public static JsonObject waitlistEntry(WaitlistView w) {
    JsonObjectBuilder b =
        Jsons.createObjectBuilder()
            .add("id", w.id())
            .add("status", w.status().name())
            .add("practitionerId", w.practitionerId())
            .add("motiveId", w.motiveId())
            .add("createdAt", w.createdAt().toString());
    w.locationId().ifPresent(l -> b.add("locationId", l));
    w.before().ifPresent(t -> b.add("before", t.toString()));
    w.relativeId().ifPresent(r -> b.add("relativeId", r));
    return b.build();
  }

  /** Who an appointment or hold is for: the account holder ({@code SELF}) or a relative. */
  private static JsonObject bookedFor(Optional<RelativeView> relative) {
    return relative
        .map(
            r ->
                Jsons.createObjectBuilder()
                    .add("relationship", r.relationship().name())
                    .add("relativeId", r.id())
                    .add("firstName", r.firstName())
                    .add("lastName", r.lastName())
                    .build())
        .orElseGet(() -> Jsons.createObjectBuilder().add("relationship", "SELF").build());
  }
}
