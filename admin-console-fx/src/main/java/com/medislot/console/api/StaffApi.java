package com.medislot.console.api;

import com.medislot.console.session.Session;
import java.time.Instant;
import java.util.List;

/**
 * The staff part of the web API. Every call blocks until the server answers or times out and never
 * throws for network or server failures: they are {@link ApiResult}s.
 */
public interface StaffApi {

  /** {@code GET /staff/practitioners}: the clinic's practitioners. */
  ApiResult<List<ClinicPractitioner>> practitioners(Session session);

  /** {@code GET /staff/practitioners/{id}/calendar?from=&to=} (at most 31 days). */
  ApiResult<CalendarSnapshot> calendar(
      Session session, long practitionerId, Instant from, Instant to);

  /** {@code POST /staff/practitioners/{id}/exceptions}; the new exception's id. */
  ApiResult<Long> addException(Session session, long practitionerId, ExceptionRequest exception);

  /** {@code DELETE /staff/practitioners/{id}/exceptions/{exceptionId}}. */
  ApiResult<Boolean> removeException(Session session, long practitionerId, long exceptionId);

  /** {@code PUT /staff/practitioners/{id}/templates}: replaces every location's ranges. */
  ApiResult<Boolean> replaceTemplate(
      Session session, long practitionerId, List<CalendarSnapshot.Opening> ranges);

  /** {@code POST /staff/appointments/{id}/cancel}; the appointment afterwards. */
  ApiResult<CalendarSnapshot.Appointment> cancelAppointment(
      Session session, long appointmentId, String reason);
}
