package com.medislot.web.search;

import com.medislot.booking.errors.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque paging cursor: the offset of the next page, base64url-encoded with a version tag.
 * Anything that does not decode to that shape is rejected as a 400.
 */
final class Cursor {

  private static final String PREFIX = "v1:";
  static final int MAX_OFFSET = 10_000;

  private Cursor() {}

  static String encode(int offset) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
  }

  static int decode(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return 0;
    }
    try {
      String text =
          new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
      if (!text.startsWith(PREFIX)) {
        throw new IllegalArgumentException();
      }
      int offset = Integer.parseInt(text.substring(PREFIX.length()));
      if (offset < 0 || offset > MAX_OFFSET) {
        throw new IllegalArgumentException();
      }
      return offset;
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("cursor", "is not a cursor returned by this API");
    }
  }
}
