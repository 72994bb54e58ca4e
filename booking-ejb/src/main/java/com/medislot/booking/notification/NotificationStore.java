package com.medislot.booking.notification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The {@code notification} and {@code processed_event} tables, in plain JDBC on a connection the
 * caller owns (inside the container it is enlisted in the JTA transaction). Stateless.
 */
public final class NotificationStore {

  private static final int MAX_ERROR_LENGTH = 2000;

  /**
   * Records that {@code consumer} handled the event; false if it already had. The row lock taken by
   * the insert makes a concurrent duplicate wait for this transaction, then see the row.
   */
  public boolean markProcessed(Connection c, String consumer, UUID eventId, Instant now)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO processed_event (consumer, event_id, processed_at) VALUES (?, ?, ?)"
                + " ON CONFLICT DO NOTHING")) {
      s.setString(1, consumer);
      s.setObject(2, eventId);
      s.setTimestamp(3, Timestamp.from(now));
      return s.executeUpdate() == 1;
    }
  }

  /** Stores planned messages as pending; a message planned twice is stored once. */
  public void schedule(Connection c, List<PlannedNotification> planned, Instant now)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO notification (appointment_id, event_id, kind, channel,"
                + " appointment_start, sequence, due_at, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      for (PlannedNotification p : planned) {
        s.setLong(1, p.appointmentId());
        s.setObject(2, p.eventId());
        s.setString(3, p.kind().name());
        s.setString(4, p.channel().name());
        s.setTimestamp(5, Timestamp.from(p.appointmentStart()));
        s.setInt(6, p.sequence());
        s.setTimestamp(7, Timestamp.from(p.dueAt()));
        s.setTimestamp(8, Timestamp.from(now));
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /** Skips the pending reminders of an appointment (it moved or was cancelled). */
  public int skipPendingReminders(Connection c, long appointmentId, Instant now)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE notification SET status = 'SKIPPED', finished_at = ?"
                + " WHERE appointment_id = ? AND kind = 'REMINDER' AND status = 'PENDING'")) {
      s.setTimestamp(1, Timestamp.from(now));
      s.setLong(2, appointmentId);
      return s.executeUpdate();
    }
  }

  /** The invite sequence for the next change of an appointment: one more than the last one. */
  public int nextSequence(Connection c, long appointmentId) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT COALESCE(MAX(sequence) + 1, 0) FROM notification"
                + " WHERE appointment_id = ?"
                + " AND kind IN ('CONFIRMATION', 'CHANGE', 'CANCELLATION')")) {
      s.setLong(1, appointmentId);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  /**
   * Claims up to {@code limit} pending rows due at {@code now}, oldest first. The rows stay locked
   * until the caller's transaction ends; rows locked by another transaction are passed over, so
   * concurrent claimers (threads or nodes) never get the same row.
   */
  public List<StoredNotification> claimDue(Connection c, Instant now, int limit)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT id, appointment_id, event_id, kind, channel, appointment_start, sequence,"
                + " attempts FROM notification WHERE status = 'PENDING' AND due_at <= ?"
                + " ORDER BY due_at, id LIMIT ? FOR UPDATE SKIP LOCKED")) {
      s.setTimestamp(1, Timestamp.from(now));
      s.setInt(2, limit);
      List<StoredNotification> claimed = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          claimed.add(
              new StoredNotification(
                  r.getLong(1),
                  r.getLong(2),
                  r.getObject(3, UUID.class),
                  NotificationKind.valueOf(r.getString(4)),
                  Channel.valueOf(r.getString(5)),
                  r.getTimestamp(6).toInstant(),
                  r.getInt(7),
                  r.getInt(8)));
        }
      }
      return claimed;
    }
  }

  /** Ends a row as sent, skipped or dead. */
  public void finish(Connection c, long id, String status, Instant now, String error)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE notification SET status = ?, finished_at = ?,"
                + " attempts = attempts + CASE WHEN ? THEN 1 ELSE 0 END,"
                + " last_error = COALESCE(?, last_error) WHERE id = ?")) {
      s.setString(1, status);
      s.setTimestamp(2, Timestamp.from(now));
      s.setBoolean(3, error != null);
      s.setString(4, truncate(error));
      s.setLong(5, id);
      s.executeUpdate();
    }
  }

  /** Counts a failed attempt and puts the row back for a later one. */
  public void retryAt(Connection c, long id, Instant dueAt, String error) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE notification SET attempts = attempts + 1, due_at = ?, last_error = ?"
                + " WHERE id = ?")) {
      s.setTimestamp(1, Timestamp.from(dueAt));
      s.setString(2, truncate(error));
      s.setLong(3, id);
      s.executeUpdate();
    }
  }

  private static String truncate(String error) {
    return error == null || error.length() <= MAX_ERROR_LENGTH
        ? error
        : error.substring(0, MAX_ERROR_LENGTH);
  }
}
