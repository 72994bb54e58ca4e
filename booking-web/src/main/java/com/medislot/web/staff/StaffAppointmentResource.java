package com.medislot.web.staff;

import com.medislot.booking.appointment.CancellationReason;
import com.medislot.booking.appointment.CancellationService;
import com.medislot.web.security.Caller;
import com.medislot.web.support.JsonViews;
import com.medislot.web.support.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Staff actions on appointments with their clinic's practitioners. */
@Path("staff/appointments/{id}")
@ApplicationScoped
@RolesAllowed("staff")
@Produces(MediaType.APPLICATION_JSON)
public class StaffAppointmentResource {

  @Inject CancellationService cancellations;
  @Inject Caller caller;

  /**
   * Cancels at any time, with a reason for the patient. Cancelling twice answers the same; another
   * clinic's appointment is a 404.
   */
  @POST
  @Path("cancel")
  @Consumes(MediaType.APPLICATION_JSON)
  public String cancel(@PathParam("id") String rawId, @Valid @NotNull CancelBody body) {
    long id = Params.id("id", rawId);
    CancellationReason reason = CancellationReason.of(body.reason);
    return JsonViews.appointment(cancellations.cancelByStaff(caller.clinicId(), id, reason))
        .toString();
  }
}
