package com.medislot.console.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.medislot.console.StubApiServer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JwtClaimsTest {

  @Test
  void readsTheGroupsClaim() {
    String token = StubApiServer.token("a@b.c", List.of("admin", "staff"));

    assertThat(JwtClaims.groups(token)).contains(List.of("admin", "staff"));
  }

  @Test
  void aTokenWithoutGroupsHasNoRoles() {
    assertThat(JwtClaims.groups("e30." + encode("{\"upn\":\"a@b.c\"}") + ".sig"))
        .contains(List.of());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "only-one-part",
        "a.b",
        "a.b.c.d",
        "e30.!!!.sig",
        "e30.bm90IGpzb24.sig", // "not json"
        "e30.WzFd.sig", // [1]
      })
  void unreadableTokensAreRejected(String token) {
    assertThat(JwtClaims.groups(token)).isEmpty();
  }

  @Test
  void groupsMustBeAListOfNames() {
    assertThat(JwtClaims.groups("e30." + encode("{\"groups\":\"admin\"}") + ".sig")).isEmpty();
    assertThat(JwtClaims.groups("e30." + encode("{\"groups\":[1]}") + ".sig")).isEmpty();
  }

  private static String encode(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
