package com.medislot.benchmarks.load;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * What became of the emails owed for the bookings of a measured run and their cancellations, read
 * from the server's notification table: how many were handed to the mail server, at what rate, and
 * how long after the booking or cancellation they tell of.
 *
 * <p>The run's appointments are those whose id is above the largest one when it began ({@link
 * #begin}): each owes one confirmation email and, once cancelled, one cancellation email.
 */
final class NotificationReport {

  private static final String OWED =
      "SELECT count(*), count(*) FILTER (WHERE a.status = 'CANCELLED') FROM appointment a"
          + " WHERE a.id > ?";
  private static final String SETTLED =
      "SELECT n.kind, n.status, count(*) FROM notification n JOIN appointment a"
          + " ON a.id = n.appointment_id WHERE a.id > ? AND n.channel = 'EMAIL'"
          + " AND n.kind IN ('CONFIRMATION', 'CANCELLATION') GROUP BY n.kind, n.status";
  private static final String DELAYS =
      "SELECT n.kind, extract(epoch FROM n.finished_at), extract(epoch FROM n.created_at),"
          + " extract(epoch FROM CASE n.kind WHEN 'CANCELLATION' THEN a.cancelled_at"
          + " ELSE a.created_at END) FROM notification n JOIN appointment a"
          + " ON a.id = n.appointment_id WHERE a.id > ? AND n.channel = 'EMAIL'"
          + " AND n.status = 'SENT' AND n.kind IN ('CONFIRMATION', 'CANCELLATION')";
  private static final long MAX_MICROS = 3_600_000_000L;

  private final String jdbcUrl;
  private final String user;
  private final String password;
  private long lastIdBefore;
  private double beganAt;

  NotificationReport(String jdbcUrl, String user, String password) {
    this.jdbcUrl = jdbcUrl;
    this.user = user;
    this.password = password;
  }

  /** Marks the start of the measured run: appointments made from now on are its own. */
  void begin() throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT coalesce(max(id), 0), extract(epoch FROM clock_timestamp())"
                    + " FROM appointment")) {
      rs.next();
      lastIdBefore = rs.getLong(1);
      beganAt = rs.getDouble(2);
    }
  }

  /**
   * Waits until every email the run owes is sent or given up, at most {@code limit}, then prints
   * the figures.
   */
  void awaitAndPrint(PrintStream out, Duration limit) throws SQLException, InterruptedException {
    try (Connection c = connect()) {
      report(out, c, limit);
    }
  }

  private void report(PrintStream out, Connection c, Duration limit)
      throws SQLException, InterruptedException {
    long start = System.nanoTime();
    long owed;
    long settled;
    Map<String, Long> outcomes;
    do {
      owed = owed(c);
      outcomes = settled(c);
      settled =
          outcomes.entrySet().stream()
              .filter(e -> !e.getKey().endsWith(" PENDING"))
              .mapToLong(Map.Entry::getValue)
              .sum();
      if (settled >= owed || System.nanoTime() - start > limit.toNanos()) {
        break;
      }
      Thread.sleep(500);
    } while (true);
    double waited = (System.nanoTime() - start) / 1e9;
    out.printf("%nemails of the measured run's bookings and cancellations (notification table):%n");
    out.printf(
        "  owed %,d, settled %,d %s, %s%n",
        owed,
        settled,
        outcomes,
        settled >= owed
            ? String.format("all settled %.1f s after the last answer", waited)
            : String.format("%,d still unsettled after %.0f s", owed - settled, waited));
    Histogram confirmation = new Histogram(MAX_MICROS, 3);
    Histogram cancellation = new Histogram(MAX_MICROS, 3);
    Histogram planned = new Histogram(MAX_MICROS, 3);
    Histogram dispatched = new Histogram(MAX_MICROS, 3);
    double lastSent = beganAt;
    try (PreparedStatement s = c.prepareStatement(DELAYS)) {
      s.setLong(1, lastIdBefore);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          double sentAt = rs.getDouble(2);
          double plannedAt = rs.getDouble(3);
          double changedAt = rs.getDouble(4);
          ("CANCELLATION".equals(rs.getString(1)) ? cancellation : confirmation)
              .recordValue(micros(sentAt - changedAt));
          planned.recordValue(micros(plannedAt - changedAt));
          dispatched.recordValue(micros(sentAt - plannedAt));
          lastSent = Math.max(lastSent, sentAt);
        }
      }
    }
    double span = Math.max(lastSent - beganAt, 1e-3);
    long sent = confirmation.getTotalCount() + cancellation.getTotalCount();
    out.printf(
        "  handed to the mail server: %,d in %.1f s from the run's start, %.1f emails/s%n",
        sent, span, sent / span);
    print(out, "  booking -> confirmation", confirmation);
    print(out, "  cancel -> cancellation", cancellation);
    out.println("  of which:");
    print(out, "    change -> email planned", planned);
    print(out, "    planned -> sent", dispatched);
  }

  private static long micros(double seconds) {
    return Math.max(0, Math.min(Math.round(seconds * 1e6), MAX_MICROS));
  }

  private static void print(PrintStream out, String label, Histogram h) {
    out.printf(
        "%-26s p50 %7.2f  p95 %7.2f  p99 %7.2f  max %7.2f s  (%,d sent)%n",
        label,
        h.getValueAtPercentile(50) / 1e6,
        h.getValueAtPercentile(95) / 1e6,
        h.getValueAtPercentile(99) / 1e6,
        h.getMaxValue() / 1e6,
        h.getTotalCount());
  }

  private long owed(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(OWED)) {
      s.setLong(1, lastIdBefore);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1) + rs.getLong(2);
      }
    }
  }

  private Map<String, Long> settled(Connection c) throws SQLException {
    Map<String, Long> outcomes = new TreeMap<>();
    try (PreparedStatement s = c.prepareStatement(SETTLED)) {
      s.setLong(1, lastIdBefore);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          outcomes.put(rs.getString(1).toLowerCase() + " " + rs.getString(2), rs.getLong(3));
        }
      }
    }
    return outcomes;
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl, user, password);
  }
}
