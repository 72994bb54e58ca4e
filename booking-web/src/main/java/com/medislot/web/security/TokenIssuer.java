package com.medislot.web.security;

import com.medislot.booking.account.Account;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Signs access tokens carrying the account's role and scope as MicroProfile JWT claims. */
@ApplicationScoped
public class TokenIssuer {

  @Inject
  @ConfigProperty(name = "medislot.jwt.private-key.location")
  String privateKeyLocation;

  @Inject
  @ConfigProperty(name = "medislot.jwt.issuer", defaultValue = "medislot")
  String issuer;

  @Inject
  @ConfigProperty(name = "medislot.jwt.token-ttl", defaultValue = "PT1H")
  Duration ttl;

  @Inject Clock clock;

  private RSASSASigner signer;

  @PostConstruct
  void loadKey() {
    try {
      String pem = Files.readString(keyPath(privateKeyLocation));
      String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
      PrivateKey key =
          KeyFactory.getInstance("RSA")
              .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
      signer = new RSASSASigner(key);
    } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "Cannot read the JWT signing key configured by medislot.jwt.private-key.location", e);
    }
  }

  /** A signed token for this account. */
  public IssuedToken issue(Account account) {
    Instant now = clock.instant();
    List<String> groups = List.of(account.role().code());
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(Long.toString(account.id()))
            .claim("upn", account.email())
            .claim("groups", groups)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(ttl)))
            .jwtID(UUID.randomUUID().toString());
    account.clinicId().ifPresent(c -> claims.claim("clinic_id", c));
    if (!account.countries().isEmpty()) {
      claims.claim("countries", new ArrayList<>(account.countries()));
    }
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
            claims.build());
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("Token signing failed", e);
    }
    return new IssuedToken(jwt.serialize(), ttl.toSeconds());
  }

  /** Accepts a plain path or a {@code file:} URL. */
  private static Path keyPath(String location) {
    return location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
  }

  /** A serialized token and its lifetime in seconds. */
  public record IssuedToken(String value, long expiresInSeconds) {}
}
