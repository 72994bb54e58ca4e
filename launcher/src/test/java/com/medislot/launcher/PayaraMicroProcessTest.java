package com.medislot.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The process handling of {@link PayaraMicroProcess}, with a stand-in for Payara Micro. */
class PayaraMicroProcessTest {

  @TempDir static Path files;

  private static Path fakeJar;
  private static Path war;
  private static Path rar;
  private static AppSettings settings;

  @BeforeAll
  static void prepareFiles() throws IOException {
    fakeJar = fakeJar(files.resolve("fake-micro.jar"));
    war = Files.writeString(files.resolve("booking-web-1.0.war"), "not really a war");
    rar = Files.writeString(files.resolve("some-adapter-1.0.rar"), "not really a rar");
    settings =
        AppSettings.builder()
            .database("jdbc:postgresql://127.0.0.1:1/medislot", "u", "p")
            .broker("127.0.0.1", 2, "u", "p")
            .jwt(Secrets.ensure(files.resolve("secrets")))
            .dataDir(files.resolve("data"))
            .build();
  }

  @Test
  void itPassesTheLoopbackOnlyCommandLineAndWaitsForReadiness(@TempDir Path work)
      throws IOException {
    int http = LocalPorts.freePort();
    int hazelcast = LocalPorts.freePort();
    PayaraMicroProcess payara = builder(work, http, hazelcast, "serve").start();
    ProcessHandle child = ProcessHandle.of(payara.pid()).orElseThrow();
    try {
      assertThat(payara.baseUri()).isEqualTo(URI.create("http://127.0.0.1:" + http));
      String args = awaitLine(payara.logFile(), "fake-args ");
      assertThat(args)
          .contains("--port " + http)
          .contains("--rootdir " + work.resolve("root"))
          .contains("--clustermode tcpip:127.0.0.1:" + hazelcast)
          .contains("--interfaces 127.0.0.1")
          .contains("--startport " + hazelcast)
          .contains("--clustername medislot-")
          .contains("--disablephonehome")
          .contains("--prebootcommandfile " + work.resolve("preboot.asadmin"))
          .contains("--systemproperties " + work.resolve("app.properties"));
      assertThat(args.indexOf("--deploy " + work.resolve("deploy/artemis-rar.rar")))
          .as("adapter deployed before the application")
          .isPositive()
          .isLessThan(args.indexOf("--deploy " + work.resolve("deploy/ROOT.war")));
      assertThat(awaitLine(payara.logFile(), "fake-settings-have-db-url ")).endsWith("true");
      assertThat(Files.readString(work.resolve("preboot.asadmin")))
          .contains("network-listener.http-listener.address=127.0.0.1")
          .contains(PayaraMicroProcess.REQUEST_HEADER_BUFFER_COMMAND)
          .contains(PayaraMicroProcess.NO_SERVER_HEADERS_COMMANDS)
          .contains(
              "thread-pool.http-thread-pool.max-thread-pool-size="
                  + PayaraMicroProcess.DEFAULT_HTTP_THREADS);
      if (SecretFiles.isPosix()) {
        assertThat(Files.getPosixFilePermissions(work.resolve("app.properties")))
            .isEqualTo(SecretFiles.OWNER_READ_WRITE);
      }
    } finally {
      payara.close();
    }
    assertThat(child.isAlive()).isFalse();
    assertThat(LocalPorts.isFree(http)).isTrue();
  }

  @Test
  void theOtherMembersAreListedAfterThisNodeOnLoopbackUnderTheGivenClusterName(@TempDir Path work)
      throws IOException {
    int hazelcast = LocalPorts.freePort();
    PayaraMicroProcess payara =
        builder(work, LocalPorts.freePort(), hazelcast, "serve")
            .otherMembers(List.of(hazelcast + 1))
            .clusterName("medislot-pair")
            .start();
    try {
      assertThat(awaitLine(payara.logFile(), "fake-args "))
          .contains(
              "--clustermode tcpip:127.0.0.1:" + hazelcast + ",127.0.0.1:" + (hazelcast + 1) + " ")
          .contains("--startport " + hazelcast)
          .contains("--clustername medislot-pair");
    } finally {
      payara.close();
    }
  }

  @Test
  void anEarlyExitIsReportedWithTheOutput(@TempDir Path work) {
    assertThatThrownBy(
            () -> builder(work, LocalPorts.freePort(), LocalPorts.freePort(), "exit").start())
        .isInstanceOf(LaunchException.class)
        .hasMessageContaining("exited with code 3")
        .hasMessageContaining("fake-args");
  }

  @Test
  void aProcessThatNeverGetsReadyIsStoppedAfterTheTimeout(@TempDir Path work) throws IOException {
    PayaraMicroProcess.Builder builder =
        builder(work, LocalPorts.freePort(), LocalPorts.freePort(), "hang")
            .startupTimeout(Duration.ofSeconds(3));
    PayaraMicroProcess launched = builder.launch();
    ProcessHandle child = ProcessHandle.of(launched.pid()).orElseThrow();
    assertThatThrownBy(launched::awaitReady)
        .isInstanceOf(LaunchException.class)
        .hasMessageContaining("within 3 s");
    launched.close();
    assertThat(child.isAlive()).isFalse();
  }

  @Test
  void aLeftoverFromAKilledLauncherIsStoppedButAStrangerIsNot(@TempDir Path work) throws Exception {
    Files.createDirectories(work);
    Process leftover = idleProcess("--rootdir", work.resolve("root").toString());
    Process stranger = idleProcess("--rootdir", "/somewhere/else");
    try {
      Files.writeString(work.resolve("payara.pid"), Long.toString(stranger.pid()));
      PayaraMicroProcess.stopLeftover(work);
      assertThat(stranger.isAlive()).as("unrelated process").isTrue();

      Files.writeString(work.resolve("payara.pid"), Long.toString(leftover.pid()));
      PayaraMicroProcess.stopLeftover(work);
      assertThat(leftover.isAlive()).as("leftover").isFalse();
    } finally {
      leftover.destroyForcibly();
      stranger.destroyForcibly();
    }
  }

  @Test
  void missingFilesAndEqualPortsAreRefusedBeforeAnythingStarts(@TempDir Path work) {
    assertThatThrownBy(
            () ->
                PayaraMicroProcess.builder()
                    .payaraJar(work.resolve("none.jar"))
                    .application(war)
                    .httpPort(1080)
                    .hazelcastPort(1081)
                    .workDirectory(work)
                    .launch())
        .isInstanceOf(LaunchException.class)
        .hasMessageContaining("Payara Micro jar not found");
    assertThatThrownBy(
            () ->
                PayaraMicroProcess.builder()
                    .payaraJar(fakeJar)
                    .application(war)
                    .resourceAdapter(work.resolve("none.rar"))
                    .httpPort(1080)
                    .hazelcastPort(1081)
                    .workDirectory(work)
                    .launch())
        .isInstanceOf(LaunchException.class)
        .hasMessageContaining("resource adapter");
    assertThatThrownBy(
            () ->
                PayaraMicroProcess.builder()
                    .payaraJar(fakeJar)
                    .application(war)
                    .httpPort(1080)
                    .hazelcastPort(1080)
                    .workDirectory(work)
                    .launch())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> PayaraMicroProcess.builder().readinessPath("health"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static PayaraMicroProcess.Builder builder(
      Path work, int http, int hazelcast, String mode) {
    return PayaraMicroProcess.builder()
        .payaraJar(fakeJar)
        .resourceAdapter(rar)
        .application(war)
        .httpPort(http)
        .hazelcastPort(hazelcast)
        .workDirectory(work)
        .settings(settings)
        .startupTimeout(Duration.ofSeconds(60))
        .echoOutput(Optional.empty())
        .jvmOption("-Dfake.mode=" + mode);
  }

  /** The output is copied to the log by another thread: give it a moment. */
  private static String awaitLine(Path log, String prefix) throws IOException {
    for (int attempt = 0; attempt < 50; attempt++) {
      Optional<String> line =
          Files.readAllLines(log).stream().filter(l -> l.startsWith(prefix)).findFirst();
      if (line.isPresent()) {
        return line.get();
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError("no line starting with '" + prefix + "' in " + log);
  }

  private static Process idleProcess(String... args) throws IOException {
    // a short command line: some kernels show only the first 4 kB of it to other processes
    List<String> command =
        new ArrayList<>(
            List.of(
                java(),
                "-Dfake.mode=hang",
                "-jar",
                fakeJar.toString(),
                "--systemproperties",
                files.resolve("empty.properties").toString()));
    command.addAll(List.of(args));
    Files.writeString(files.resolve("empty.properties"), "");
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** A runnable jar holding only {@link FakePayaraMicro}. */
  private static Path fakeJar(Path jar) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakePayaraMicro.class.getName());
    String entry = FakePayaraMicro.class.getName().replace('.', '/') + ".class";
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest)) {
      out.putNextEntry(new JarEntry(entry));
      try (var in = FakePayaraMicro.class.getClassLoader().getResourceAsStream(entry)) {
        in.transferTo(out);
      }
      out.closeEntry();
    }
    return jar;
  }
}
