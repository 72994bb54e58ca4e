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

  private static final Logger LOG = Logger.getLogger(IndexWatermark.class.getName());

  private final Path file;

  IndexWatermark(Path indexRoot) {
    this.file = indexRoot.resolve(FILE);
  }

  /** The time written last; empty if none was, or the file cannot be read. */
  Optional<Instant> read() {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(Files.readString(file, StandardCharsets.UTF_8).strip()));
    } catch (IOException | DateTimeException e) {
      LOG.log(Level.WARNING, "Ignoring the unreadable index watermark " + file, e);
      return Optional.empty();
    }
  }

  /** Replaces the time, atomically: a crash leaves the old time or the new one. */
  void write(Instant upTo) throws IOException {
    Files.createDirectories(file.getParent());
    Path next = file.resolveSibling(FILE + ".next");
    Files.writeString(next, upTo.toString(), StandardCharsets.UTF_8);
    Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
