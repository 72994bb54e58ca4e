package com.medislot.benchmarks.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The file a benchmark helper process writes once it serves, for {@code scripts/bench-load.sh} to
 * wait on: {@code name=value} lines, moved into place whole so that the script never reads half.
 */
final class ReadyFile {

  private ReadyFile() {}

  static void write(Path file, Map<String, String> values) throws IOException {
    Path partial = file.resolveSibling(file.getFileName() + ".part");
    String text =
        values.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue() + "\n")
            .collect(Collectors.joining());
    Files.writeString(partial, text, StandardCharsets.UTF_8);
    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
