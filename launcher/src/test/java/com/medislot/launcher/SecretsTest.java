package com.medislot.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsTest {

  @TempDir Path dir;

  @Test
  void secretsAreGeneratedOnceAndReloadedIdentically() throws Exception {
    Secrets first = Secrets.ensure(dir.resolve("secrets"));
    byte[] privatePem = Files.readAllBytes(first.jwtPrivateKey());
    byte[] publicPem = Files.readAllBytes(first.jwtPublicKey());

    Secrets second = Secrets.ensure(dir.resolve("secrets"));

    assertThat(Files.readAllBytes(second.jwtPrivateKey())).isEqualTo(privatePem);
    assertThat(Files.readAllBytes(second.jwtPublicKey())).isEqualTo(publicPem);
    assertThat(second.brokerUser()).isEqualTo(first.brokerUser()).isEqualTo(Secrets.BROKER_USER);
    assertThat(second.brokerPassword())
        .isEqualTo(first.brokerPassword())
        .hasSizeGreaterThanOrEqualTo(32);
    assertThat(second.searchCursorKey()).isEqualTo(first.searchCursorKey()).hasSize(43);
  }

  @Test
  void twoInstallationsGetDifferentSecrets() {
    Secrets one = Secrets.ensure(dir.resolve("one"));
    Secrets other = Secrets.ensure(dir.resolve("other"));
    assertThat(other.readPublicKey().getModulus()).isNotEqualTo(one.readPublicKey().getModulus());
    assertThat(other.brokerPassword()).isNotEqualTo(one.brokerPassword());
    assertThat(other.searchCursorKey()).isNotEqualTo(one.searchCursorKey());
  }

  @Test
  void aDamagedCursorKeyIsReportedNotReplaced() throws Exception {
    Secrets secrets = Secrets.ensure(dir.resolve("secrets"));
    Path file = secrets.directory().resolve(Secrets.SEARCH_FILE);
    Files.writeString(file, "cursor-key=short\n");
    assertThatThrownBy(() -> Secrets.ensure(dir.resolve("secrets")))
        .isInstanceOf(LaunchException.class)
        .hasMessageContaining("cursor-key");
    assertThat(Files.readString(file)).contains("short");
  }

  @Test
  void filesAreReadableByTheirOwnerOnly() throws Exception {
    Secrets secrets = Secrets.ensure(dir.resolve("secrets"));
    if (SecretFiles.isPosix()) {
      for (Path file :
          List.of(
              secrets.jwtPrivateKey(),
              secrets.jwtPublicKey(),
              secrets.directory().resolve(Secrets.BROKER_FILE),
              secrets.directory().resolve(Secrets.SEARCH_FILE))) {
        assertThat(Files.getPosixFilePermissions(file))
            .as(file.toString())
            .isEqualTo(SecretFiles.OWNER_READ_WRITE);
      }
      assertThat(Files.getPosixFilePermissions(secrets.directory()))
          .isEqualTo(SecretFiles.OWNER_ONLY_DIRECTORY);
    }
    try (var files = Files.list(secrets.directory())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              Secrets.PRIVATE_KEY_FILE,
              Secrets.PUBLIC_KEY_FILE,
              Secrets.BROKER_FILE,
              Secrets.SEARCH_FILE);
    }
  }

  @Test
  void keysAreRsa2048InStandardPemForms() throws Exception {
    Secrets secrets = Secrets.ensure(dir);
    String privatePem = Files.readString(secrets.jwtPrivateKey());
    String publicPem = Files.readString(secrets.jwtPublicKey());
    assertThat(privatePem)
        .startsWith("-----BEGIN PRIVATE KEY-----\n")
        .endsWith("-----END PRIVATE KEY-----\n");
    assertThat(publicPem)
        .startsWith("-----BEGIN PUBLIC KEY-----\n")
        .endsWith("-----END PUBLIC KEY-----\n");
    assertThat(privatePem.lines()).allMatch(line -> line.length() <= 64);
    assertThat(parsePublic(publicPem).getModulus().bitLength()).isEqualTo(2048);
  }

  @Test
  void aTokenSignedWithThePrivateKeyVerifiesWithThePublicKeyOnly() throws Exception {
    Secrets secrets = Secrets.ensure(dir.resolve("secrets"));
    SignedJWT token =
        new SignedJWT(
            new JWSHeader(JWSAlgorithm.RS256),
            new JWTClaimsSet.Builder().issuer(AppSettings.ISSUER).subject("patient-1").build());
    token.sign(new RSASSASigner(parsePrivate(Files.readString(secrets.jwtPrivateKey()))));
    SignedJWT received = SignedJWT.parse(token.serialize());

    assertThat(
            received.verify(
                new RSASSAVerifier(parsePublic(Files.readString(secrets.jwtPublicKey())))))
        .isTrue();
    Secrets stranger = Secrets.ensure(dir.resolve("stranger"));
    assertThat(received.verify(new RSASSAVerifier(stranger.readPublicKey()))).isFalse();
  }

  @Test
  void keysFromTwoDifferentPairsAreRefused() throws Exception {
    Secrets secrets = Secrets.ensure(dir.resolve("secrets"));
    Secrets stranger = Secrets.ensure(dir.resolve("stranger"));
    Files.copy(
        stranger.jwtPublicKey(),
        secrets.jwtPublicKey(),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThatThrownBy(() -> Secrets.ensure(dir.resolve("secrets")))
        .isInstanceOf(LaunchException.class)
        .hasMessageContaining("not one key pair");
  }

  @Test
  void aLoneHalfOfTheKeyPairIsReportedNotOverwritten() throws Exception {
    Secrets secrets = Secrets.ensure(dir.resolve("secrets"));
    byte[] publicPem = Files.readAllBytes(secrets.jwtPublicKey());
    Files.delete(secrets.jwtPrivateKey());
    assertThatThrownBy(() -> Secrets.ensure(dir.resolve("secrets")))
        .isInstanceOf(LaunchException.class)
        .hasMessageContaining("only one of");
    assertThat(Files.readAllBytes(secrets.jwtPublicKey())).isEqualTo(publicPem);
  }

  @Test
  void aDamagedKeyFileIsReported() throws Exception {
    Secrets secrets = Secrets.ensure(dir.resolve("secrets"));
    Files.writeString(
        secrets.jwtPrivateKey(), "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
    assertThatThrownBy(() -> Secrets.ensure(dir.resolve("secrets")))
        .isInstanceOf(LaunchException.class);
  }

  @Test
  void thePasswordsNeverAppearInToString() {
    Secrets secrets = Secrets.ensure(dir);
    assertThat(secrets.toString()).doesNotContain(secrets.brokerPassword());
  }

  /** Parsed here with the JDK alone, as a consumer of the files would. */
  private static RSAPrivateKey parsePrivate(String pem) throws Exception {
    return (RSAPrivateKey)
        KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(body(pem)));
  }

  private static RSAPublicKey parsePublic(String pem) throws Exception {
    return (RSAPublicKey)
        KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(body(pem)));
  }

  private static byte[] body(String pem) {
    String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return Base64.getDecoder().decode(base64.getBytes(StandardCharsets.US_ASCII));
  }
}
