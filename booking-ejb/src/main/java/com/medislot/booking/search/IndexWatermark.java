package com.medislot.booking.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The time up to which this node's index is known to hold every change, in a file beside the index
 * ({@value #FILE} in {@code medislot.search.index-dir}). Each node listens to the events while it
 * runs only, so a node that was stopped missed the changes other nodes made meanwhile; at start it
 * indexes again the documents changed since this time ({@link SearchIndexBootstrap}). {@link
 * SearchIndexRepair} moves it on while no index write fails.
 */
final class IndexWatermark {

  static final String FILE = "indexed-up-to";

  /**
   * The layout of the index this version writes. Raise it whenever the indexed fields change: a
   * watermark written for another layout reads as none, so every node rebuilds an index made by an
   * earlier version instead of searching fields it lacks. 1 (no number in the file): before the
   * {@code motive} field; 2: with it.
   */
  static final int LAYOUT = 2;

  private static final String LAYOUT_MARK = " layout ";

  private static final Logger LOG = Logger.getLogger(IndexWatermark.class.getName());

  private final Path file;

  IndexWatermark(Path indexRoot) {
    this.file = indexRoot.resolve(FILE);
  }

  /**
   * The time written last; empty if none was, if it was written for another layout of the index, or
   * if the file cannot be read.
   */
  Optional<Instant> read() {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8).strip();
      int mark = text.indexOf(LAYOUT_MARK);
      int layout = mark < 0 ? 1 : Integer.parseInt(text.substring(mark + LAYOUT_MARK.length()));
      if (layout != LAYOUT) {
        LOG.info(() -> "The index has layout " + layout + ", this version writes " + LAYOUT);
        return Optional.empty();
      }
      return Optional.of(Instant.parse(text.substring(0, mark)));
    } catch (IOException | DateTimeException | NumberFormatException e) {
      LOG.log(Level.WARNING, "Ignoring the unreadable index watermark " + file, e);
      return Optional.empty();
    }
  }

  /** Replaces the time, atomically: a crash leaves the old time or the new one. */
  void write(Instant upTo) throws IOException {
    Files.createDirectories(file.getParent());
    Path next = file.resolveSibling(FILE + ".next");
    Files.writeString(next, upTo + LAYOUT_MARK + LAYOUT, StandardCharsets.UTF_8);
    Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
