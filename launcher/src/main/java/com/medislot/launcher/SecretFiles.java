package com.medislot.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Files only their owner may read: secrets, and settings files that carry secrets.
 *
 * <p>Files are written to a private temporary file and moved into place, so a reader never sees a
 * half-written secret and the content is never readable by others, even for a moment.
 */
final class SecretFiles {

  static final Set<PosixFilePermission> OWNER_READ_WRITE =
      PosixFilePermissions.fromString("rw-------");
  static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY =
      PosixFilePermissions.fromString("rwx------");

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private SecretFiles() {}

  /** Creates the directory (and parents) if needed and makes it private to its owner. */
  static Path privateDirectory(Path dir) {
    try {
      Files.createDirectories(dir);
      if (POSIX) {
        Files.setPosixFilePermissions(dir, OWNER_ONLY_DIRECTORY);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare private directory " + dir, e);
    }
  }

  /** Writes (or replaces) a file readable and writable by its owner only. */
  static void write(Path file, byte[] content) {
    Path dir = file.toAbsolutePath().getParent();
    try {
      Files.createDirectories(dir);
      Path tmp =
          POSIX
              ? Files.createTempFile(dir, ".tmp-", "", asAttribute(OWNER_READ_WRITE))
              : Files.createTempFile(dir, ".tmp-", "");
      try {
        Files.write(tmp, content);
        move(tmp, file);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  static void write(Path file, String content) {
    write(file, content.getBytes(StandardCharsets.UTF_8));
  }

  /** Reads a properties file written by {@link #writeProperties}. */
  static Map<String, String> readProperties(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Properties properties = new Properties();
      properties.load(reader);
      return properties.stringPropertyNames().stream()
          .collect(Collectors.toMap(k -> k, properties::getProperty, (a, b) -> b, TreeMap::new));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Writes entries in the {@link Properties} format, sorted, owner-only. */
  static void writeProperties(Path file, Map<String, String> entries) {
    write(file, formatProperties(entries));
  }

  /**
   * The entries in {@link Properties#load(Reader)} syntax, sorted by key, without the time stamp
   * {@link Properties#store} adds (so equal content gives equal files).
   */
  static String formatProperties(Map<String, String> entries) {
    StringBuilder out = new StringBuilder();
    new TreeMap<>(entries)
        .forEach(
            (key, value) -> {
              Properties single = new Properties();
              single.setProperty(key, value);
              StringWriter writer = new StringWriter();
              try {
                single.store(writer, null);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              // store() escapes a leading '#' in keys, so every line starting with '#' is its
              // comment
              writer
                  .toString()
                  .lines()
                  .filter(line -> !line.startsWith("#"))
                  .forEach(line -> out.append(line).append('\n'));
            });
    return out.toString();
  }

  /** A random password of 32 URL-safe characters (192 bits), safe inside SQL and URLs. */
  static String randomPassword() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** A random key of {@code bytes} bytes, base64url without padding. */
  static String randomKey(int bytes) {
    byte[] key = new byte[bytes];
    RANDOM.nextBytes(key);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
  }

  static boolean isPosix() {
    return POSIX;
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static FileAttribute<Set<PosixFilePermission>> asAttribute(
      Set<PosixFilePermission> permissions) {
    return PosixFilePermissions.asFileAttribute(permissions);
  }
}
