package com.medislot.console.calendar;

import com.medislot.console.api.ApiResult;
import com.medislot.console.api.CalendarSnapshot;
import com.medislot.console.api.ClinicPractitioner;
import com.medislot.console.api.ExceptionRequest;
import com.medislot.console.api.StaffApi;
import com.medislot.console.session.Session;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/** An in-memory {@link StaffApi} that records what it was asked and answers what it is told. */
final class FakeStaffApi implements StaffApi {

  static final ClinicPractitioner.Location PARIS =
      new ClinicPractitioner.Location(11, "Cabinet Voltaire", "Paris", ZoneId.of("Europe/Paris"));
  static final ClinicPractitioner.Location TOKYO =
      new ClinicPractitioner.Location(12, "Shibuya clinic", "Tokyo", ZoneId.of("Asia/Tokyo"));
  static final ClinicPractitioner MARTIN =
      new ClinicPractitioner(
          1,
          "Dr Claire Martin",
          "General practice",
          List.of(PARIS, TOKYO),
          List.of(new ClinicPractitioner.Motive(100, "Consultation", 20)));
  static final ClinicPractitioner DURAND =
      new ClinicPractitioner(
          2,
          "Dr Paul Durand",
          "Dermatology",
          List.of(PARIS),
          List.of(new ClinicPractitioner.Motive(200, "Skin check", 30)));

  /** One calendar request as received. */
  record CalendarCall(long practitionerId, Instant from, Instant to, String thread) {}

  final List<CalendarCall> calendarCalls = new CopyOnWriteArrayList<>();
  final List<ExceptionRequest> added = new CopyOnWriteArrayList<>();
  final List<Long> removed = new CopyOnWriteArrayList<>();
  final List<List<CalendarSnapshot.Opening>> templates = new CopyOnWriteArrayList<>();
  final List<String> cancelled = new CopyOnWriteArrayList<>();

  volatile ApiResult<List<ClinicPractitioner>> practitioners =
      new ApiResult.Ok<>(List.of(MARTIN, DURAND));
  volatile Supplier<ApiResult<CalendarSnapshot>> calendar = () -> new ApiResult.Ok<>(empty());
  volatile ApiResult<Boolean> changeAnswer = new ApiResult.Ok<>(true);

  static CalendarSnapshot empty() {
    return new CalendarSnapshot(List.of(), List.of(), List.of(), List.of(), List.of());
  }

  @Override
  public ApiResult<List<ClinicPractitioner>> practitioners(Session session) {
    return practitioners;
  }

  @Override
  public ApiResult<CalendarSnapshot> calendar(
      Session session, long practitionerId, Instant from, Instant to) {
    calendarCalls.add(new CalendarCall(practitionerId, from, to, Thread.currentThread().getName()));
    return calendar.get();
  }

  @Override
  public ApiResult<Long> addException(
      Session session, long practitionerId, ExceptionRequest exception) {
    added.add(exception);
    return map(changeAnswer, 77L);
  }

  @Override
  public ApiResult<Boolean> removeException(
      Session session, long practitionerId, long exceptionId) {
    removed.add(exceptionId);
    return changeAnswer;
  }

  @Override
  public ApiResult<Boolean> replaceTemplate(
      Session session, long practitionerId, List<CalendarSnapshot.Opening> ranges) {
    templates.add(ranges);
    return changeAnswer;
  }

  @Override
  public ApiResult<CalendarSnapshot.Appointment> cancelAppointment(
      Session session, long appointmentId, String reason) {
    cancelled.add(appointmentId + ":" + reason);
    return map(
        changeAnswer,
        new CalendarSnapshot.Appointment(
            appointmentId, 11, 100, "CANCELLED", Instant.EPOCH, Instant.EPOCH.plusSeconds(60)));
  }

  @SuppressWarnings("unchecked")
  private static <T> ApiResult<T> map(ApiResult<Boolean> answer, T value) {
    return answer instanceof ApiResult.Ok<Boolean>
        ? new ApiResult.Ok<>(value)
        : (ApiResult<T>) answer;
  }
}
