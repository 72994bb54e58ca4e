package com.medislot.ear;

import com.medislot.launcher.LocalPorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Payara Server domain of its own, created in a work directory with ports of its own, every
 * listener on 127.0.0.1 and no data grid (see {@link LoopbackOnlyConfig}), controlled through
 * asadmin.
 *
 * <p>Not thread-safe. {@link #close()} stops the server and, should asadmin fail to, kills its
 * process: nothing survives the test.
 */
final class PayaraServerDomain implements AutoCloseable {

  /** Name of the domain, also a directory under the domains directory. */
  static final String NAME = "medislot";

  private static final Duration CREATE_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
  private static final Duration DEPLOY_TIMEOUT = Duration.ofMinutes(5);
  private static final Duration STOP_TIMEOUT = Duration.ofMinutes(2);
  private static final Duration KILL_WAIT = Duration.ofSeconds(20);

  private final Asadmin asadmin;
  private final Path domainsDirectory;
  private final DomainPorts ports;

  private PayaraServerDomain(Asadmin asadmin, Path domainsDirectory, DomainPorts ports) {
    this.asadmin = asadmin;
    this.domainsDirectory = domainsDirectory;
    this.ports = ports;
  }

  /**
   * Kills a server left running in {@code domainsDirectory} by an earlier run that was itself
   * killed, and nothing else: only a live process of that domain (its command line names the domain
   * directory) is touched.
   */
  static void killLeftover(Path domainsDirectory) {
    Path domain = domainsDirectory.resolve(NAME).toAbsolutePath();
    serverProcess(domain).ifPresent(PayaraServerDomain::kill);
  }

  /**
   * Creates the domain (user {@code admin}, no password: the admin listener is on loopback only)
   * and confines it to loopback before its first start.
   *
   * @param asadmin the installation's asadmin
   * @param domainsDirectory where the domain directory is created; must not hold one already
   * @param ports the ports, checked free by asadmin
   */
  static PayaraServerDomain create(Asadmin asadmin, Path domainsDirectory, DomainPorts ports) {
    asadmin.run(
        CREATE_TIMEOUT,
        "create-domain",
        "--domaindir",
        domainsDirectory.toString(),
        "--nopassword=true",
        "--checkports=true",
        "--adminport",
        Integer.toString(ports.admin()),
        "--instanceport",
        Integer.toString(ports.http()),
        "--domainproperties",
        ports.domainProperties(),
        NAME);
    PayaraServerDomain domain = new PayaraServerDomain(asadmin, domainsDirectory, ports);
    LoopbackOnlyConfig.apply(domain.domainDirectory().resolve("config").resolve("domain.xml"));
    return domain;
  }

  /**
   * Starts the server; the process inherits the asadmin environment.
   *
   * @throws IllegalStateException if it does not come up
   */
  void start() {
    asadmin.run(START_TIMEOUT, "start-domain", "--domaindir", domainsDirectory.toString(), NAME);
  }

  /** Deploys an archive under a given application name. */
  void deploy(String name, Path archive) {
    remote(DEPLOY_TIMEOUT, "deploy", "--name", name, archive.toAbsolutePath().toString());
  }

  /** Undeploys an application. */
  void undeploy(String name) {
    remote(DEPLOY_TIMEOUT, "undeploy", name);
  }

  /**
   * @return the names of the applications deployed, as asadmin lists them
   */
  String listApplications() {
    return remote(DEPLOY_TIMEOUT, "list-applications", "--long=true");
  }

  /**
   * @return {@code http://127.0.0.1:<http port>}
   */
  String baseUrl() {
    return "http://" + LocalPorts.LOOPBACK + ":" + ports.http();
  }

  /**
   * @return the ports the domain was created with
   */
  DomainPorts ports() {
    return ports;
  }

  /**
   * @return the server's process, while it runs
   */
  Optional<ProcessHandle> process() {
    return serverProcess(domainDirectory());
  }

  /**
   * @return the last {@code lines} lines of the server log, or a note that there is none
   */
  String serverLogTail(int lines) {
    Path log = domainDirectory().resolve("logs").resolve("server.log");
    if (!Files.isRegularFile(log)) {
      return "(no server log at " + log + ")";
    }
    try (Stream<String> all = Files.lines(log, StandardCharsets.UTF_8)) {
      List<String> kept = all.toList();
      return String.join("\n", kept.subList(Math.max(0, kept.size() - lines), kept.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(server log unreadable: " + e + ")";
    }
  }

  /**
   * Stops the server with asadmin; kills it if it is still there afterwards, whatever asadmin said.
   * Idempotent.
   *
   * @throws IllegalStateException if asadmin failed to stop a running server (it is killed anyway)
   */
  @Override
  public void close() {
    Optional<ProcessHandle> server = process();
    if (server.isEmpty()) {
      return;
    }
    try {
      asadmin.run(STOP_TIMEOUT, "stop-domain", "--domaindir", domainsDirectory.toString(), NAME);
    } finally {
      server.filter(ProcessHandle::isAlive).ifPresent(PayaraServerDomain::kill);
    }
  }

  private String remote(Duration timeout, String... command) {
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--host",
                LocalPorts.LOOPBACK,
                "--port",
                Integer.toString(ports.admin()),
                "--user",
                "admin"));
    arguments.addAll(List.of(command));
    return asadmin.run(timeout, arguments.toArray(String[]::new));
  }

  private Path domainDirectory() {
    return domainsDirectory.resolve(NAME).toAbsolutePath();
  }

  private static Optional<ProcessHandle> serverProcess(Path domainDirectory) {
    Path pidFile = domainDirectory.resolve("config").resolve("pid");
    if (!Files.isRegularFile(pidFile)) {
      return Optional.empty();
    }
    try {
      long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).trim());
      // a recycled pid belonging to anything else is left alone
      return ProcessHandle.of(pid)
          .filter(ProcessHandle::isAlive)
          .filter(
              handle ->
                  handle
                      .info()
                      .commandLine()
                      .map(line -> line.contains(domainDirectory.toString()))
                      .orElse(false));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static void kill(ProcessHandle handle) {
    handle.descendants().forEach(ProcessHandle::destroyForcibly);
    handle.destroyForcibly();
    try {
      handle.onExit().get(KILL_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(
          "Payara Server process " + handle.pid() + " survived a kill", e);
    }
  }
}
