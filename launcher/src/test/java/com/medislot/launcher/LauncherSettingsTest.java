package com.medislot.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherSettingsTest {

  @Test
  void defaultsSuitOneMachine() {
    LauncherSettings settings = LauncherSettings.of(Map.of());
    assertThat(settings.httpPort()).isEqualTo(8080);
    assertThat(settings.dbPort()).isEqualTo(54320);
    assertThat(settings.brokerPort()).isEqualTo(61616);
    assertThat(settings.hazelcastPort()).isEqualTo(26900);
    assertThat(settings.demoEnabled()).isTrue();
    assertThat(settings.startupTimeout()).isEqualTo(Duration.ofSeconds(240));
    assertThat(settings.dataDir())
        .isEqualTo(Path.of(System.getProperty("user.home"), ".medislot", "dev"));
    assertThat(settings.externalDatabaseUrl()).isEmpty();
    assertThat(settings.externalBrokerHost()).isEmpty();
    assertThat(settings.payaraJar().getFileName()).hasToString("payara-micro.jar");
    assertThat(settings.rar())
        .hasValueSatisfying(rar -> assertThat(rar.getFileName()).hasToString("artemis-rar.rar"));
    assertThat(settings.payaraJar().getParent()).isEqualTo(settings.war().getParent());
  }

  @Test
  void argumentsAcceptBothSpellings() {
    assertThat(
            LauncherSettings.parseArguments(
                new String[] {"--medislot.http.port=9090", "-Dmp.x=a=b"}))
        .containsOnly(Map.entry("medislot.http.port", "9090"), Map.entry("mp.x", "a=b"));
    assertThatThrownBy(() -> LauncherSettings.parseArguments(new String[] {"run"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("run");
    assertThatThrownBy(() -> LauncherSettings.parseArguments(new String[] {"--=x"}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void applicationSettingsPassThroughButLauncherOnesDoNot() {
    LauncherSettings settings =
        LauncherSettings.of(
            Map.of(
                "medislot.http.port", "9090",
                "medislot.db.port", "5433",
                "medislot.hazelcast.port", "27000",
                "medislot.launcher.quiet", "true",
                "medislot.search.backend", "lucene",
                "mp.jwt.token.header", "Authorization",
                "user.name", "someone"));
    assertThat(settings.passThrough())
        .containsOnly(
            Map.entry("medislot.search.backend", "lucene"),
            Map.entry("mp.jwt.token.header", "Authorization"));
    assertThat(settings.httpPort()).isEqualTo(9090);
    assertThat(settings.quiet()).isTrue();
  }

  @Test
  void jvmOptionsAreSplitOnWhitespaceAndStayWithTheLauncher() {
    LauncherSettings settings =
        LauncherSettings.of(Map.of("medislot.launcher.jvm-options", " -Xmx4g  -XX:+UseG1GC "));
    assertThat(settings.jvmOptions()).containsExactly("-Xmx4g", "-XX:+UseG1GC");
    assertThat(settings.passThrough()).doesNotContainKey("medislot.launcher.jvm-options");
    assertThat(LauncherSettings.of(Map.of()).jvmOptions()).isEmpty();
  }

  @Test
  void malformedValuesAreRejected() {
    assertThatThrownBy(() -> LauncherSettings.of(Map.of("medislot.http.port", "eighty")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("medislot.http.port");
    assertThatThrownBy(() -> LauncherSettings.of(Map.of("medislot.db.port", "70000")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LauncherSettings.of(Map.of("medislot.demo.enabled", "yes")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> LauncherSettings.of(Map.of("medislot.launcher.startup-timeout-seconds", "0")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LauncherSettings.of(Map.of("medislot.launcher.http-threads", "0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("medislot.launcher.http-threads");
    assertThatThrownBy(() -> LauncherSettings.of(Map.of("medislot.http.port", "61616")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("differ");
  }

  @Test
  void theHttpThreadLimitHasADefaultAndCanBeSet() {
    assertThat(LauncherSettings.of(Map.of()).httpThreads())
        .isEqualTo(PayaraMicroProcess.DEFAULT_HTTP_THREADS);
    assertThat(LauncherSettings.of(Map.of("medislot.launcher.http-threads", "12")).httpThreads())
        .isEqualTo(12);
  }

  @Test
  void theEmbeddedBrokersDiskFloorHasADefaultAndCanBeSetInMebibytes() {
    assertThat(LauncherSettings.of(Map.of()).brokerMinDiskFree())
        .isEqualTo(EmbeddedBroker.DEFAULT_MIN_DISK_FREE);
    assertThat(
            LauncherSettings.of(Map.of("medislot.launcher.broker-min-disk-free-mb", "2048"))
                .brokerMinDiskFree())
        .isEqualTo(2048L * 1024 * 1024);
    assertThatThrownBy(
            () -> LauncherSettings.of(Map.of("medislot.launcher.broker-min-disk-free-mb", "0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("medislot.launcher.broker-min-disk-free-mb");
  }

  @Test
  void anExternalServerNeedsItsCredentials() {
    assertThatThrownBy(
            () -> LauncherSettings.of(Map.of("medislot.db.url", "jdbc:postgresql://db/medislot")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("medislot.db.user");
    LauncherSettings external =
        LauncherSettings.of(
            Map.of(
                "medislot.broker.host",
                "10.0.0.5",
                "medislot.broker.user",
                "u",
                "medislot.broker.password",
                "p"));
    assertThat(external.externalBrokerHost()).contains("10.0.0.5");
  }

  @Test
  void filesCanBeChosenOneByOneOrTheAdapterLeftOut() {
    LauncherSettings settings =
        LauncherSettings.of(
            Map.of(
                "medislot.launcher.runtime-dir", "/opt/medislot",
                "medislot.launcher.war", "/tmp/app.war",
                "medislot.launcher.rar", "none"));
    assertThat(settings.war()).isEqualTo(Path.of("/tmp/app.war"));
    assertThat(settings.payaraJar()).isEqualTo(Path.of("/opt/medislot/payara-micro.jar"));
    assertThat(settings.rar()).isEmpty();
  }
}
