package com.medislot.booking.appointment;

import com.medislot.booking.errors.ConflictException;
import com.medislot.booking.errors.SlotTakenException;
import com.medislot.booking.infrastructure.SqlStates;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.List;

/** Flushing appointment changes, with the database's refusals turned into business answers. */
final class Flushes {

  private Flushes() {}

  /**
   * Flushes, turning the exclusion constraint (an overlap slipped past the lock) into a 409 and a
   * concurrent use of the same idempotency key into a 409.
   */
  static void flushOrExplain(EntityManager em) {
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (SqlStates.isCausedBy(e, SqlStates.EXCLUSION_VIOLATION)) {
        throw new SlotTakenException(List.of());
      }
      if (SqlStates.isCausedBy(e, SqlStates.UNIQUE_VIOLATION)) {
        throw new ConflictException(
            "Idempotency-Key", "A request with this Idempotency-Key is being processed");
      }
      throw e;
    }
  }
}
