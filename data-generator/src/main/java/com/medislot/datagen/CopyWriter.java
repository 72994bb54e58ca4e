package com.medislot.datagen;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Streams rows into one table with {@code COPY … FROM STDIN} (text format), sending about a
 * megabyte at a time. Not thread-safe; one open writer per connection, since the protocol allows
 * only one copy in progress.
 */
final class CopyWriter implements AutoCloseable {

  private static final int FLUSH_BYTES = 1 << 20;

  private final CopyIn copy;
  private final StringBuilder buffer = new StringBuilder(FLUSH_BYTES + 4096);
  private boolean firstField = true;
  private long rows;

  private CopyWriter(CopyIn copy) {
    this.copy = copy;
  }

  static CopyWriter open(CopyManager manager, String table, String columns) throws SQLException {
    return new CopyWriter(manager.copyIn("COPY " + table + " (" + columns + ") FROM STDIN"));
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
  }

  long rows() {
    return rows;
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
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
  }
}
