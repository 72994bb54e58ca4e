package com.medislot.booking.events;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code event_outbox} table (ADR 0017): events are appended in the business transaction and
 * relayed to the broker after it commits. Plain JDBC on a connection the caller owns, so the same
 * code runs in the container and in tests.
 */
public final class Outbox {

  /** One event waiting to be sent, in the order it was appended. */
  public record Entry(long seq, String type, long practitionerId, String body) {}

  /** Sends a batch of entries, in order, all or none (a transacted JMS session). */
  @FunctionalInterface
  public interface Sender {
    void send(List<Entry> entries);
  }

  private Outbox() {}

  /**
   * The statement that appends one event in the business transaction (run through its persistence
   * context, {@link EventPublisher}); its parameters are {@link #values(DomainEvent)}.
   */
  public static final String APPEND =
      "INSERT INTO event_outbox (event_id, type, practitioner_id, body, created_at)"
          + " VALUES (CAST(? AS uuid), ?, ?, ?, ?)";

  /** The parameters of {@link #APPEND} for an event, in order. */
  public static List<Object> values(DomainEvent event) {
    return List.of(
        event.id().toString(),
        event.type().wireName(),
        event.practitionerId(),
        event.toJson(),
        Timestamp.from(event.time()));
  }

  /**
   * Claims up to {@code limit} of the oldest entries no other relay holds, hands them to {@code
   * sender}, then deletes them and commits. If sending fails, the claim is rolled back and the
   * entries stay for the next relay. If the commit fails after a successful send, the entries are
   * sent again later: delivery is at least once, and consumers deduplicate by event id.
   *
   * @param c a connection with auto-commit off, used for this relay only
   * @return how many entries were sent
   */
  public static int relay(Connection c, Sender sender, int limit) throws SQLException {
    if (c.getAutoCommit()) {
      throw new IllegalArgumentException("the relay's connection must not auto-commit");
    }
    List<Entry> claimed = new ArrayList<>();
    try {
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT seq, type, practitioner_id, body FROM event_outbox ORDER BY seq LIMIT ?"
                  + " FOR UPDATE SKIP LOCKED")) {
        s.setInt(1, limit);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            claimed.add(new Entry(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)));
          }
        }
      }
      if (claimed.isEmpty()) {
        c.commit();
        return 0;
      }
      sender.send(claimed);
      Long[] seqs = claimed.stream().map(Entry::seq).toArray(Long[]::new);
      Array ids = c.createArrayOf("bigint", seqs);
      try (PreparedStatement s =
          c.prepareStatement("DELETE FROM event_outbox WHERE seq = ANY (?)")) {
        s.setArray(1, ids);
        s.executeUpdate();
      }
      c.commit();
      return claimed.size();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    }
  }

  /** When the oldest entry still waiting to be sent was appended; empty when none waits. */
  public static Optional<Instant> oldest(Connection c) throws SQLException {
    try (PreparedStatement s =
            c.prepareStatement("SELECT created_at FROM event_outbox ORDER BY seq LIMIT 1");
        ResultSet rs = s.executeQuery()) {
      return rs.next() ? Optional.of(rs.getTimestamp(1).toInstant()) : Optional.empty();
    }
  }

  /** How many entries wait to be sent. */
  public static long pending(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM event_outbox");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
