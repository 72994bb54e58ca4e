package com.medislot.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

/**
 * The secrets of one local installation, generated on first use and kept in one private directory
 * (mode 700, files 600), outside the repository.
 *
 * <ul>
 *   <li>{@value #PRIVATE_KEY_FILE}: RSA 2048 private key signing the application's JWTs, PEM
 *       "PRIVATE KEY" (PKCS#8);
 *   <li>{@value #PUBLIC_KEY_FILE}: its public key, PEM "PUBLIC KEY" (X.509 SubjectPublicKeyInfo),
 *       the form MicroProfile JWT reads;
 *   <li>{@value #BROKER_FILE}: user name and password of the single broker user;
 *   <li>{@value #SEARCH_FILE}: the key signing the search API's paging cursors.
 * </ul>
 *
 * <p>Immutable; no accessor returns null. Deleting the directory makes the next {@link #ensure}
 * generate new secrets: tokens issued before stop verifying and an existing broker journal keeps
 * working (the broker user is configured at each start).
 */
public final class Secrets {

  /** File name of the JWT signing key. */
  public static final String PRIVATE_KEY_FILE = "jwt-private.pem";

  /** File name of the JWT verification key. */
  public static final String PUBLIC_KEY_FILE = "jwt-public.pem";

  /** File name of the broker credentials. */
  public static final String BROKER_FILE = "broker.properties";

  /** File name of the search cursor key. */
  public static final String SEARCH_FILE = "search.properties";

  /** The broker user's name. */
  public static final String BROKER_USER = "medislot";

  private static final String PRIVATE_PEM_TYPE = "PRIVATE KEY";
  private static final String PUBLIC_PEM_TYPE = "PUBLIC KEY";
  private static final int RSA_BITS = 2048;

  private final Path directory;
  private final String brokerUser;
  private final String brokerPassword;
  private final String searchCursorKey;

  private Secrets(
      Path directory, String brokerUser, String brokerPassword, String searchCursorKey) {
    this.directory = directory;
    this.brokerUser = brokerUser;
    this.brokerPassword = brokerPassword;
    this.searchCursorKey = searchCursorKey;
  }

  /**
   * Loads the secrets kept in {@code dir}, generating whatever is missing.
   *
   * <p>Not safe against two processes generating in the same directory at the same moment; the
   * launcher and the test harness each own their directory.
   *
   * @param dir the secrets directory; created (mode 700) if absent
   * @return the secrets; the key files exist and are mutually consistent
   * @throws LaunchException if the files exist but cannot be read or do not match
   */
  public static Secrets ensure(Path dir) {
    Path directory = SecretFiles.privateDirectory(dir.toAbsolutePath().normalize());
    ensureKeyPair(directory);
    Map<String, String> broker = ensureBrokerCredentials(directory.resolve(BROKER_FILE));
    String cursorKey = ensureSearchCursorKey(directory.resolve(SEARCH_FILE));
    return new Secrets(directory, broker.get("user"), broker.get("password"), cursorKey);
  }

  /**
   * @return the secrets directory, absolute
   */
  public Path directory() {
    return directory;
  }

  /**
   * @return the PEM file of the JWT signing key (PKCS#8), absolute
   */
  public Path jwtPrivateKey() {
    return directory.resolve(PRIVATE_KEY_FILE);
  }

  /**
   * @return the PEM file of the JWT verification key (X.509 SubjectPublicKeyInfo), absolute
   */
  public Path jwtPublicKey() {
    return directory.resolve(PUBLIC_KEY_FILE);
  }

  /**
   * @return the broker user's name
   */
  public String brokerUser() {
    return brokerUser;
  }

  /**
   * @return the broker user's password
   */
  public String brokerPassword() {
    return brokerPassword;
  }

  /**
   * @return the key (43 URL-safe characters, 256 bits) signing the search API's paging cursors
   */
  public String searchCursorKey() {
    return searchCursorKey;
  }

  /**
   * Reads the signing key back from its PEM file.
   *
   * @return the private key
   * @throws LaunchException if the file is not a PKCS#8 RSA key
   */
  public RSAPrivateKey readPrivateKey() {
    return readPrivateKey(jwtPrivateKey());
  }

  /**
   * Reads the verification key back from its PEM file.
   *
   * @return the public key
   * @throws LaunchException if the file is not an X.509 RSA public key
   */
  public RSAPublicKey readPublicKey() {
    return readPublicKey(jwtPublicKey());
  }

  @Override
  public String toString() {
    // never the passwords
    return "Secrets[" + directory + "]";
  }

  private static void ensureKeyPair(Path directory) {
    Path privateFile = directory.resolve(PRIVATE_KEY_FILE);
    Path publicFile = directory.resolve(PUBLIC_KEY_FILE);
    boolean hasPrivate = Files.exists(privateFile);
    boolean hasPublic = Files.exists(publicFile);
    if (hasPrivate && hasPublic) {
      checkPair(readPrivateKey(privateFile), readPublicKey(publicFile));
      return;
    }
    if (hasPrivate != hasPublic) {
      // regenerating one half cannot match the other; overwriting the survivor silently could
      // destroy a key someone still needs: let the user decide
      throw new LaunchException(
          "only one of "
              + PRIVATE_KEY_FILE
              + " and "
              + PUBLIC_KEY_FILE
              + " exists in "
              + directory
              + ": delete it to generate a new key pair");
    }
    KeyPair pair = generateKeyPair();
    // public first: a crash in between leaves the "one half" state reported above
    SecretFiles.write(publicFile, pem(PUBLIC_PEM_TYPE, pair.getPublic().getEncoded()));
    SecretFiles.write(privateFile, pem(PRIVATE_PEM_TYPE, pair.getPrivate().getEncoded()));
  }

  private static Map<String, String> ensureBrokerCredentials(Path file) {
    if (!Files.exists(file)) {
      SecretFiles.writeProperties(
          file, Map.of("user", BROKER_USER, "password", SecretFiles.randomPassword()));
    }
    Map<String, String> values = SecretFiles.readProperties(file);
    if (isBlank(values.get("user")) || isBlank(values.get("password"))) {
      throw new LaunchException(
          file + " lacks 'user' or 'password': delete it to generate new ones");
    }
    return values;
  }

  private static String ensureSearchCursorKey(Path file) {
    if (!Files.exists(file)) {
      SecretFiles.writeProperties(file, Map.of("cursor-key", SecretFiles.randomKey(32)));
    }
    String key = SecretFiles.readProperties(file).get("cursor-key");
    if (isBlank(key) || key.length() < 32) {
      throw new LaunchException(file + " lacks a 'cursor-key' of 32+ characters: delete it");
    }
    return key;
  }

  private static KeyPair generateKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(RSA_BITS);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new LaunchException("RSA key generation is not available", e);
    }
  }

  private static void checkPair(RSAPrivateKey privateKey, RSAPublicKey publicKey) {
    if (!Objects.equals(privateKey.getModulus(), publicKey.getModulus())) {
      throw new LaunchException(
          PRIVATE_KEY_FILE
              + " and "
              + PUBLIC_KEY_FILE
              + " are not one key pair: delete both to generate a new one");
    }
  }

  static RSAPrivateKey readPrivateKey(Path file) {
    try {
      return (RSAPrivateKey)
          KeyFactory.getInstance("RSA")
              .generatePrivate(new PKCS8EncodedKeySpec(unpem(file, PRIVATE_PEM_TYPE)));
    } catch (GeneralSecurityException | ClassCastException e) {
      throw new LaunchException(file + " is not a PKCS#8 RSA private key", e);
    }
  }

  static RSAPublicKey readPublicKey(Path file) {
    try {
      return (RSAPublicKey)
          KeyFactory.getInstance("RSA")
              .generatePublic(new X509EncodedKeySpec(unpem(file, PUBLIC_PEM_TYPE)));
    } catch (GeneralSecurityException | ClassCastException e) {
      throw new LaunchException(file + " is not an X.509 RSA public key", e);
    }
  }

  static String pem(String type, byte[] der) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }

  private static byte[] unpem(Path file, String type) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    String begin = "-----BEGIN " + type + "-----";
    String end = "-----END " + type + "-----";
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    if (from < 0 || to < from) {
      throw new LaunchException(file + " has no PEM block of type " + type);
    }
    try {
      return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
    } catch (IllegalArgumentException e) {
      throw new LaunchException(file + " has a damaged PEM body", e);
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
