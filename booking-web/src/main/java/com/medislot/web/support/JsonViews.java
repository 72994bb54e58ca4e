package com.medislot.web.support;

import com.medislot.booking.appointment.AppointmentView;
import com.medislot.booking.practitioner.Location;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/** JSON shapes shared by several resources, so each shape is written once. */
public final class JsonViews {

  private JsonViews() {}

  public static JsonObject location(Location l) {
    return Json.createObjectBuilder()
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
    return Json.createObjectBuilder()
        .add("id", a.id())
        .add("status", a.status().name())
        .add("practitionerId", a.practitionerId())
        .add("locationId", a.locationId())
        .add("motiveId", a.motiveId())
        .add("start", a.start().toString())
        .add("end", a.end().toString())
        .build();
  }
}
