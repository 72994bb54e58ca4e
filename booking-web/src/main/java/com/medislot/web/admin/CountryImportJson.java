package com.medislot.web.admin;

import com.medislot.booking.country.ImportReport;
import com.medislot.booking.infrastructure.Jsons;
import com.medislot.country.CountryDiff;
import com.medislot.country.ValidationError;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the import API: the report and the validation errors. */
final class CountryImportJson {

  private CountryImportJson() {}

  static JsonObject report(ImportReport r, boolean dryRun) {
    JsonArrayBuilder changes = Jsons.createArrayBuilder();
    r.diff().changes().forEach(c -> changes.add(change(c)));
    JsonObjectBuilder b =
        Jsons.createObjectBuilder()
            .add("code", r.code())
            .add("name", r.name())
            .add("dryRun", dryRun)
            .add("outcome", r.outcome().name())
            .add("applied", r.applied())
            .add("message", message(r, dryRun))
            .add("changes", changes)
            .add("holidayYears", Jsons.createArrayBuilder(r.holidayYears()))
            .add("holidaysAdded", holidays(r.diff().holidaysAdded()))
            .add("holidaysRemoved", holidays(r.diff().holidaysRemoved()))
            .add("availabilityAffected", r.diff().availabilityAffected())
            .add("practitionersRefreshed", r.practitionersRefreshed())
            .add("afterSha256", r.afterSha256());
    r.beforeSha256().ifPresent(h -> b.add("beforeSha256", h));
    return b.build();
  }

  static String message(ImportReport r, boolean dryRun) {
    return switch (r.outcome()) {
      case UNCHANGED -> r.code() + " is already live with this content: nothing to change";
      case CREATED ->
          dryRun
              ? r.code() + " is not live yet: applying brings it online"
              : r.code() + " is now live";
      case CHANGED ->
          dryRun
              ? r.diff().changes().size() + " field(s) of " + r.code() + " would change"
              : r.diff().changes().size() + " field(s) of " + r.code() + " changed";
    };
  }

  static JsonObject change(CountryDiff.FieldChange c) {
    JsonObjectBuilder b = Jsons.createObjectBuilder().add("field", c.field());
    c.before().ifPresent(v -> b.add("before", v));
    c.after().ifPresent(v -> b.add("after", v));
    return b.build();
  }

  static JsonArray holidays(Map<LocalDate, String> days) {
    JsonArrayBuilder a = Jsons.createArrayBuilder();
    days.forEach(
        (day, name) ->
            a.add(Jsons.createObjectBuilder().add("date", day.toString()).add("name", name)));
    return a.build();
  }

  /** Validation errors as problem members: file, line (0: the whole file), field, message. */
  static JsonArray errors(List<ValidationError> errors) {
    JsonArrayBuilder a = Jsons.createArrayBuilder();
    errors.forEach(
        e ->
            a.add(
                Jsons.createObjectBuilder()
                    .add("file", e.file())
                    .add("line", e.line())
                    .add("field", e.field())
                    .add("message", e.message())
                    .add("text", e.toString())));
    return a.build();
  }
}
