package com.medislot.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppSettingsTest {

  @TempDir Path dir;

  @Test
  void buildingNamesEveryMissingSetting() {
    assertThatThrownBy(
            () -> AppSettings.builder().database("jdbc:postgresql://db/x", "u", "p").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(AppSettings.BROKER_HOST)
        .hasMessageContaining(AppSettings.MP_JWT_PUBLIC_KEY_LOCATION)
        .hasMessageContaining(AppSettings.DATA_DIR)
        .hasMessageNotContaining(AppSettings.DB_URL);
  }

  @Test
  void aCompleteBuilderGivesTheNamesTheApplicationReads() {
    Secrets secrets = Secrets.ensure(dir.resolve("secrets"));
    AppSettings settings = complete(secrets).build();

    assertThat(settings.asMap())
        .containsOnlyKeys(
            "medislot.db.url",
            "medislot.db.user",
            "medislot.db.password",
            "medislot.broker.host",
            "medislot.broker.port",
            "medislot.broker.user",
            "medislot.broker.password",
            "medislot.jwt.private-key.location",
            "medislot.jwt.issuer",
            "mp.jwt.verify.publickey.location",
            "mp.jwt.verify.issuer",
            "medislot.search.index-dir",
            "medislot.demo.enabled",
            "medislot.data-dir");
    assertThat(settings.get("medislot.jwt.private-key.location"))
        .contains(secrets.jwtPrivateKey().toString());
    assertThat(settings.get("mp.jwt.verify.publickey.location"))
        .contains(secrets.jwtPublicKey().toUri().toString());
    assertThat(settings.get("mp.jwt.verify.issuer")).contains("medislot");
    assertThat(settings.get("medislot.jwt.issuer")).contains("medislot");
    assertThat(settings.get("medislot.broker.port")).contains("61617");
    assertThat(settings.get("medislot.demo.enabled")).contains("false");
    assertThat(settings.get("medislot.search.index-dir"))
        .contains(dir.resolve("data/index").toString());
    assertThat(settings.get("unknown")).isEmpty();
  }

  @Test
  void anExplicitIndexDirectoryWinsWhicheverIsSetFirst() {
    Secrets secrets = Secrets.ensure(dir.resolve("secrets"));
    Path index = dir.resolve("elsewhere");
    AppSettings before = complete(secrets).searchIndexDir(index).build();
    AppSettings after =
        AppSettings.builder()
            .searchIndexDir(index)
            .dataDir(dir.resolve("data"))
            .database("jdbc:x", "u", "p")
            .broker("h", 1, "u", "p")
            .jwt(secrets)
            .build();
    assertThat(before.get(AppSettings.SEARCH_INDEX_DIR)).contains(index.toString());
    assertThat(after.get(AppSettings.SEARCH_INDEX_DIR)).contains(index.toString());
  }

  @Test
  void theWrittenFileIsOwnerOnlyAndReadsBackExactly() throws Exception {
    AppSettings settings =
        complete(Secrets.ensure(dir.resolve("secrets")))
            .set("medislot.odd", "C:\\path with spaces=and:colons #hash !bang é\ttab")
            .set("#leading", "x")
            .build();
    Path file = settings.writeTo(dir.resolve("app.properties"));

    Properties loaded = new Properties();
    try (Reader reader = Files.newBufferedReader(file)) {
      loaded.load(reader);
    }
    Map<String, String> read = new TreeMap<>();
    loaded.stringPropertyNames().forEach(name -> read.put(name, loaded.getProperty(name)));
    assertThat(read).isEqualTo(settings.asMap());
    if (SecretFiles.isPosix()) {
      assertThat(Files.getPosixFilePermissions(file)).isEqualTo(SecretFiles.OWNER_READ_WRITE);
    }
  }

  @Test
  void toStringShowsNamesButNoValues() {
    AppSettings settings = complete(Secrets.ensure(dir.resolve("secrets"))).build();
    assertThat(settings.toString()).contains(AppSettings.DB_PASSWORD).doesNotContain("db-secret");
  }

  @Test
  void theCursorKeyComesFromTheSecrets() {
    Secrets secrets = Secrets.ensure(dir.resolve("secrets"));
    AppSettings settings = complete(secrets).searchCursorKey(secrets).build();
    assertThat(settings.get(AppSettings.SEARCH_CURSOR_KEY)).contains(secrets.searchCursorKey());
  }

  @Test
  void theMapCannotBeChanged() {
    AppSettings settings = complete(Secrets.ensure(dir.resolve("secrets"))).build();
    assertThatThrownBy(() -> settings.asMap().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  private AppSettings.Builder complete(Secrets secrets) {
    return AppSettings.builder()
        .database("jdbc:postgresql://127.0.0.1:5432/medislot", "medislot", "db-secret")
        .broker("127.0.0.1", 61617, "medislot", "broker-secret")
        .jwt(secrets)
        .dataDir(dir.resolve("data"));
  }
}
