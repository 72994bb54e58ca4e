package com.medislot.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.medislot.booking.errors.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorTest {

  @ParameterizedTest
  @ValueSource(ints = {0, 20, 9_980, Cursor.MAX_OFFSET})
  void aCursorDecodesToItsOffset(int offset) {
    assertThat(Cursor.decode(Cursor.encode(offset))).isEqualTo(offset);
  }

  @Test
  void noCursorIsTheFirstPage() {
    assertThat(Cursor.decode(null)).isZero();
    assertThat(Cursor.decode(" ")).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"forged", "djE6LTE", "djI6MjA", "%%%", "djE6OTk5OTk5"})
  void forgedCursorsAreRefused(String cursor) {
    assertThatThrownBy(() -> Cursor.decode(cursor))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).contains("cursor"));
  }

  @Test
  void theTestCursorsAboveAreWhatTheyClaim() {
    // v1:-1, v2:20, v1:999999: a negative offset, an unknown version, an offset too far.
    assertThat(new String(Base64.getUrlDecoder().decode("djE6LTE"), StandardCharsets.UTF_8))
        .isEqualTo("v1:-1");
    assertThat(new String(Base64.getUrlDecoder().decode("djI6MjA"), StandardCharsets.UTF_8))
        .isEqualTo("v2:20");
    assertThat(new String(Base64.getUrlDecoder().decode("djE6OTk5OTk5"), StandardCharsets.UTF_8))
        .isEqualTo("v1:999999");
  }
}
