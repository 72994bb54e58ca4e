package com.medislot.datagen;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Locale;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Streams rows into one table with {@code COPY … FROM STDIN} (text format), sending about a
 * megabyte at a time. Not thread-safe; one open writer per connection, since the protocol allows
 * only one copy in progress.
 */
final class CopyWriter implements AutoCloseable {

  private static final int FLUSH_BYTES = 1 << 20;

  private static final long PROGRESS_ROWS = 1_000_000;

  private final PrintStream progress;
  private final String table;
  private final long startNanos = System.nanoTime();
  private final CopyIn copy;
  private final StringBuilder buffer = new StringBuilder(FLUSH_BYTES + 4096);
  private boolean firstField = true;
  private long rows;

  private CopyWriter(PrintStream progress, String table, CopyIn copy) {
    this.progress = progress;
    this.table = table;
    this.copy = copy;
  }

  /**
   * Starts a copy; progress lines (rows, rows/s) go to {@code progress} every million rows and when
   * the copy ends.
   */
  static CopyWriter open(PrintStream progress, CopyManager manager, String table, String columns)
      throws SQLException {
    return new CopyWriter(
        progress, table, manager.copyIn("COPY " + table + " (" + columns + ") FROM STDIN"));
  }

  CopyWriter text(String value) {
    separator();
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      switch (ch) {
        case '\\' -> buffer.append("\\\\");
        case '\t' -> buffer.append("\\t");
        case '\n' -> buffer.append("\\n");
        case '\r' -> buffer.append("\\r");
        default -> buffer.append(ch);
      }
    }
    return this;
  }

  /** A value whose text form needs no escaping (numbers, dates, instants, booleans). */
  CopyWriter raw(Object value) {
    separator();
    buffer.append(value);
    return this;
  }

  CopyWriter number(long value) {
    separator();
    buffer.append(value);
    return this;
  }

  CopyWriter nullValue() {
    separator();
    buffer.append("\\N");
    return this;
  }

  /** Ends the current row; sends the buffer when it is full. */
  void endRow() throws SQLException {
    buffer.append('\n');
    firstField = true;
    rows++;
    if (buffer.length() >= FLUSH_BYTES) {
      flush();
    }
    if (rows % PROGRESS_ROWS == 0) {
      report(" ...");
    }
  }

  long rows() {
    return rows;
  }

  private void report(String suffix) {
    double seconds = Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
    progress.printf(
        Locale.ROOT,
        "    %-22s %,14d rows %8.1f s %,12.0f rows/s%s%n",
        table,
        rows,
        seconds,
        rows / seconds,
        suffix);
  }

  private void separator() {
    if (!firstField) {
      buffer.append('\t');
    }
    firstField = false;
  }

  private void flush() throws SQLException {
    byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
    copy.writeToCopy(bytes, 0, bytes.length);
    buffer.setLength(0);
  }

  /** Sends what is left and ends the copy; the rows are then in the table. */
  @Override
  public void close() throws SQLException {
    try {
      if (buffer.length() > 0) {
        flush();
      }
      copy.endCopy();
      report("");
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
  }
}
