package com.medislot.web.search;

import com.medislot.booking.errors.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The opaque paging cursor: the offset of the next page, signed with HMAC-SHA256 over the offset
 * and the query it belongs to. A cursor that was edited, forged, or is replayed with other filters
 * fails the signature check and is refused as a 400 naming {@code cursor}. Immutable and
 * thread-safe.
 *
 * <p>Form: {@code base64url("2:" + offset) + "." + base64url(hmac)}, where the MAC covers the
 * payload, a newline and the query key ({@code SearchCriteria#queryKey()}).
 */
final class CursorCodec {

  static final int MAX_OFFSET = 10_000;
  static final int MIN_KEY_BYTES = 32;
  private static final String ALGORITHM = "HmacSHA256";
  private static final String VERSION = "2:";
  private static final int MAX_CURSOR_LENGTH = 200;
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final SecretKeySpec key;

  /**
   * @param key at least {@value #MIN_KEY_BYTES} bytes
   */
  CursorCodec(byte[] key) {
    Objects.requireNonNull(key);
    if (key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException(
          "the cursor key needs at least " + MIN_KEY_BYTES + " bytes");
    }
    this.key = new SecretKeySpec(key.clone(), ALGORITHM);
  }

  /** The cursor of the page starting at {@code offset} of the query {@code queryKey}. */
  String encode(int offset, String queryKey) {
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new IllegalArgumentException("offset out of range: " + offset);
    }
    byte[] payload = (VERSION + offset).getBytes(StandardCharsets.UTF_8);
    return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload, queryKey));
  }

  /**
   * The offset a cursor stands for; 0 when there is none (first page).
   *
   * @throws InvalidInputException ({@code cursor}) unless this codec signed it for this query
   */
  int decode(String cursor, String queryKey) {
    if (cursor == null || cursor.isBlank()) {
      return 0;
    }
    String text = cursor.strip();
    int dot = text.indexOf('.');
    if (text.length() > MAX_CURSOR_LENGTH || dot < 0) {
      throw refused();
    }
    try {
      byte[] payload = DECODER.decode(text.substring(0, dot));
      byte[] signature = DECODER.decode(text.substring(dot + 1));
      if (!MessageDigest.isEqual(signature, mac(payload, queryKey))) {
        throw refused();
      }
      String value = new String(payload, StandardCharsets.UTF_8);
      if (!value.startsWith(VERSION)) {
        throw refused();
      }
      int offset = Integer.parseInt(value.substring(VERSION.length()));
      if (offset < 0 || offset > MAX_OFFSET) {
        throw refused();
      }
      return offset;
    } catch (IllegalArgumentException e) {
      throw refused();
    }
  }

  private byte[] mac(byte[] payload, String queryKey) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      mac.update(payload);
      mac.update((byte) '\n');
      return mac.doFinal(queryKey.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  private static InvalidInputException refused() {
    return new InvalidInputException(
        "cursor", "is not a cursor returned by this API for this query");
  }
}
