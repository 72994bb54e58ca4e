package com.medislot.booking.appointment;

import com.medislot.booking.availability.TimeRange;
import com.medislot.booking.errors.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** A patient's view of their own appointments. Another patient's appointment does not exist. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AppointmentQueries {

  /** Which appointments to list. */
  public enum Scope {
    UPCOMING,
    PAST
  }

  /** The states of appointments proper; holds are listed under /holds. */
  private static final List<AppointmentStatus> SHOWN =
      List.of(AppointmentStatus.CONFIRMED, AppointmentStatus.CANCELLED);

  @PersistenceContext(unitName = "booking")
  private EntityManager em;

  @Inject private Clock clock;

  /** The patient's appointments, upcoming ones soonest first, past ones latest first. */
  public List<AppointmentView> list(long patientId, Scope scope) {
    String jpql =
        scope == Scope.UPCOMING
            ? "SELECT a FROM Appointment a WHERE a.patientId = :p AND a.status IN :shown"
                + " AND a.end > :now ORDER BY a.start"
            : "SELECT a FROM Appointment a WHERE a.patientId = :p AND a.status IN :shown"
                + " AND a.end <= :now ORDER BY a.start DESC";
    return em.createQuery(jpql, Appointment.class)
        .setParameter("p", patientId)
        .setParameter("shown", SHOWN)
        .setParameter("now", clock.instant())
        .setMaxResults(500)
        .getResultStream()
        .map(AppointmentView::of)
        .toList();
  }

  /** A practitioner's confirmed appointments overlapping {@code range}, in start order. */
  public List<AppointmentView> ofPractitioner(long practitionerId, TimeRange range) {
    return em.createQuery(
            "SELECT a FROM Appointment a WHERE a.practitionerId = :p AND a.status = :s"
                + " AND a.start < :to AND a.end > :from ORDER BY a.start",
            Appointment.class)
        .setParameter("p", practitionerId)
        .setParameter("s", AppointmentStatus.CONFIRMED)
        .setParameter("from", range.start())
        .setParameter("to", range.end())
        .getResultStream()
        .map(AppointmentView::of)
        .toList();
  }

  /**
   * The appointment if it belongs to this patient.
   *
   * @throws NotFoundException if it does not exist or is someone else's
   */
  public AppointmentView get(long patientId, long appointmentId) {
    Appointment a = em.find(Appointment.class, appointmentId);
    if (a == null || a.patientId() != patientId || !isAppointment(a)) {
      throw new NotFoundException("Appointment", appointmentId);
    }
    return AppointmentView.of(a);
  }

  /** Whether the row is an appointment (confirmed or cancelled) rather than a hold. */
  static boolean isAppointment(Appointment a) {
    return SHOWN.contains(a.status());
  }
}
