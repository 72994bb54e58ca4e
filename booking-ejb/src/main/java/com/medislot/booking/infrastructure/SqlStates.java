package com.medislot.booking.infrastructure;

import java.sql.SQLException;

/** Recognises the PostgreSQL constraint failures the application turns into business answers. */
public final class SqlStates {

  /** {@code unique_violation}. */
  public static final String UNIQUE_VIOLATION = "23505";

  /** {@code exclusion_violation}: two live appointments of one practitioner would overlap. */
  public static final String EXCLUSION_VIOLATION = "23P01";

  private SqlStates() {}

  /** Whether {@code failure} or one of its causes is an SQL error with this state. */
  public static boolean isCausedBy(Throwable failure, String sqlState) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        for (SQLException e = sql; e != null; e = e.getNextException()) {
          if (sqlState.equals(e.getSQLState())) {
            return true;
          }
        }
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
