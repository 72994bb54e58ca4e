package com.medislot.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.medislot.booking.errors.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorCodecTest {

  private static final String QUERY = "lat=48.8566|lon=2.3522|radiusKm=10.0|sort=DISTANCE";
  private final CursorCodec codec = new CursorCodec(key('k'));

  @ParameterizedTest
  @ValueSource(ints = {0, 20, 9_980, CursorCodec.MAX_OFFSET})
  void aCursorDecodesToItsOffsetForItsQuery(int offset) {
    assertThat(codec.decode(codec.encode(offset, QUERY), QUERY)).isEqualTo(offset);
  }

  @Test
  void noCursorIsTheFirstPage() {
    assertThat(codec.decode(null, QUERY)).isZero();
    assertThat(codec.decode(" ", QUERY)).isZero();
  }

  @Test
  void aCursorReplayedWithOtherFiltersIsRefused() {
    String cursor = codec.encode(20, QUERY);
    assertRefused(() -> codec.decode(cursor, QUERY + "|specialty=dentistry"));
    assertRefused(() -> codec.decode(cursor, QUERY.replace("10.0", "20.0")));
  }

  @Test
  void anEditedOffsetIsRefused() {
    String cursor = codec.encode(20, QUERY);
    int dot = cursor.indexOf('.');
    assertThat(decoded(cursor.substring(0, dot))).isEqualTo("2:20");
    String edited = b64("2:40") + cursor.substring(dot);
    assertRefused(() -> codec.decode(edited, QUERY));
  }

  @Test
  void aCursorSignedWithAnotherKeyIsRefused() {
    String foreign = new CursorCodec(key('x')).encode(20, QUERY);
    assertRefused(() -> codec.decode(foreign, QUERY));
  }

  @Test
  void aFlippedSignatureBitIsRefused() {
    String cursor = codec.encode(20, QUERY);
    int dot = cursor.indexOf('.');
    byte[] mac = Base64.getUrlDecoder().decode(cursor.substring(dot + 1));
    mac[0] ^= 1;
    String tampered =
        cursor.substring(0, dot + 1) + Base64.getUrlEncoder().withoutPadding().encodeToString(mac);
    assertRefused(() -> codec.decode(tampered, QUERY));
  }

  @ParameterizedTest
  @ValueSource(strings = {"forged", "djE6MjA", "%%%.%%%", ".", "MjoyMA.", "MjoyMA.AAAA"})
  void forgedCursorsAreRefused(String cursor) {
    // djE6MjA is the former unsigned form (v1:20); MjoyMA is 2:20 without a valid signature
    assertRefused(() -> codec.decode(cursor, QUERY));
  }

  @Test
  void aHugeCursorIsRefused() {
    assertRefused(() -> codec.decode("a".repeat(10_000) + ".b", QUERY));
  }

  @Test
  void offsetsOutsideTheRangeAreNeverSigned() {
    assertThatThrownBy(() -> codec.encode(-1, QUERY)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> codec.encode(CursorCodec.MAX_OFFSET + 1, QUERY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aShortKeyIsRejected() {
    assertThatThrownBy(() -> new CursorCodec(new byte[16]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aConfiguredKeyIsUsedAShortOneStopsTheStartAndNoneDrawsARandomOne() {
    String configured = "0123456789abcdef0123456789abcdef";
    assertThat(SearchCursors.keyBytes(Optional.of(configured)))
        .isEqualTo(configured.getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> SearchCursors.keyBytes(Optional.of("short")))
        .isInstanceOf(IllegalStateException.class);
    byte[] drawn = SearchCursors.keyBytes(Optional.empty());
    assertThat(drawn).hasSize(CursorCodec.MIN_KEY_BYTES);
    assertThat(SearchCursors.keyBytes(Optional.empty())).isNotEqualTo(drawn);
  }

  private static void assertRefused(ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.field()).contains("cursor"));
  }

  private static byte[] key(char c) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) c);
    return key;
  }

  private static String b64(String s) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  private static String decoded(String b64) {
    return new String(Base64.getUrlDecoder().decode(b64), StandardCharsets.UTF_8);
  }
}
