package com.medislot.web.staff;

import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /staff/appointments/{id}/cancel}. The reason is checked by {@code
 * CancellationReason}; the size bound here only stops oversized bodies early.
 */
public class CancelBody {
  @Size(max = 2000)
  public String reason;
}
