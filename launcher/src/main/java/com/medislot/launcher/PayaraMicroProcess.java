package com.medislot.launcher;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Payara Micro 6 as a child process running the Artemis resource adapter and the application on
 * 127.0.0.1.
 *
 * <p>Layout of the work directory: {@code root/} (Payara's root directory, wiped at each start: a
 * kept one would redeploy the previous run's applications), {@code deploy/} (the RAR as {@value
 * #RESOURCE_ADAPTER_NAME}.rar and the WAR as {@code ROOT.war}, which Payara Micro serves at context
 * root {@code /}), {@code app.properties} (the application settings, mode 600), {@code
 * preboot.asadmin}, {@code payara.log} (the process output, also echoed to stdout if asked) and
 * {@code payara.pid}: a Payara Micro left running on the same work directory by a killed launcher
 * is stopped before a new one starts.
 *
 * <p>Network: HTTP on {@code 127.0.0.1:httpPort} (bound by a pre-boot command), Hazelcast on {@code
 * 127.0.0.1:hazelcastPort} with TCP/IP discovery of itself only, or of itself and the other members
 * named to the builder (never multicast), a cluster name of its own unless one is given, phone-home
 * off.
 *
 * <p>Immutable apart from the child's state. {@link #close()} stops the child and its descendants
 * and waits for them.
 */
public final class PayaraMicroProcess implements AutoCloseable {

  /**
   * Pre-boot command raising the HTTP request-line and header buffer from 8 to 32 kB: with the
   * default, a request with a 10 kB query string is refused by the HTTP layer with an empty 400,
   * before the application could answer a problem naming the parameter.
   */
  public static final String REQUEST_HEADER_BUFFER_COMMAND =
      "set configs.config.server-config.network-config.protocols.protocol.http-listener.http"
          + ".header-buffer-length-bytes=32768";

  /**
   * Pre-boot commands that keep the server's name and version out of every answer ({@code Server:
   * Payara Micro…}, {@code X-Powered-By}): they tell an attacker which flaws to try.
   */
  public static final String NO_SERVER_HEADERS_COMMANDS =
      "set configs.config.server-config.network-config.protocols.protocol.http-listener.http"
          + ".server-header=false\n"
          + "set configs.config.server-config.network-config.protocols.protocol.http-listener.http"
          + ".xpowered-by=false";

  /**
   * HTTP worker threads at most, unless set otherwise. Payara's default, 200, lets an overloaded
   * node run 200 requests at once on a few cores: they then queue on every lock inside the server
   * (the load benchmark's recordings show seconds spent waiting on monitors that are held for
   * microseconds) instead of waiting their turn in the HTTP queue.
   */
  public static final int DEFAULT_HTTP_THREADS = 32;

  /** Pre-boot command setting the most HTTP worker threads to {@code threads}. */
  public static String httpThreadsCommand(int threads) {
    return "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool"
        + ".max-thread-pool-size="
        + threads;
  }

  /** Deployment name of the resource adapter; the application refers to it by this name. */
  public static final String RESOURCE_ADAPTER_NAME = "artemis-rar";

  /** Readiness path of the application. */
  public static final String APPLICATION_READINESS_PATH = "/api/v1/health/ready";

  /**
   * The JSON-P and Jakarta Mail implementations Payara Micro ships, named so that the APIs load
   * them directly. Unnamed, the JSON-P API runs a service-loader scan of the class path for every
   * JSON reader or builder (Payara's MP-JWT makes several per authenticated request) and Jakarta
   * Mail one for every part of every email: about 8 % of the server's CPU samples at 60 bookings/s
   * (docs/benchmarks.md, seventh round). The Docker image and the Arquillian configuration pass the
   * same two properties.
   */
  public static final List<String> PROVIDERS =
      List.of(
          "-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl",
          "-Djakarta.mail.util.StreamProvider=org.eclipse.angus.mail.util.MailStreamProvider");

  private static final Duration STOP_WAIT = Duration.ofSeconds(60);
  private static final Duration KILL_WAIT = Duration.ofSeconds(10);
  private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
  private static final int TAIL_LINES = 60;
  private static final String PID_FILE = "payara.pid";

  private final Process process;
  private final int httpPort;
  private final Path logFile;
  private final URI readinessUri;
  private final Duration startupTimeout;
  private final Thread outputPump;
  private final Deque<String> tail;

  private PayaraMicroProcess(
      Process process,
      int httpPort,
      Path logFile,
      String readinessPath,
      Duration startupTimeout,
      Thread outputPump,
      Deque<String> tail) {
    this.process = process;
    this.httpPort = httpPort;
    this.logFile = logFile;
    this.readinessUri =
        URI.create("http://" + LocalPorts.LOOPBACK + ":" + httpPort + readinessPath);
    this.startupTimeout = startupTimeout;
    this.outputPump = outputPump;
    this.tail = tail;
  }

  /**
   * @return a builder; payara jar, application, ports and work directory are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Waits until the readiness URI answers 200.
   *
   * @return this
   * @throws LaunchException if the process exits first or the startup timeout passes (the process
   *     is then still running: close it)
   */
  public PayaraMicroProcess awaitReady() {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request =
        HttpRequest.newBuilder(readinessUri).timeout(Duration.ofSeconds(10)).GET().build();
    long deadline = System.nanoTime() + startupTimeout.toNanos();
    int lastStatus = -1;
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new LaunchException(
            "Payara Micro exited with code "
                + process.exitValue()
                + " before it was ready; last output:\n"
                + tailText());
      }
      lastStatus = probe(client, request);
      if (lastStatus == 200) {
        return this;
      }
      sleep(POLL_INTERVAL);
    }
    throw new LaunchException(
        "Payara Micro was not ready within "
            + startupTimeout.toSeconds()
            + " s ("
            + readinessUri
            + " last answered "
            + (lastStatus < 0 ? "nothing" : lastStatus)
            + "); see "
            + logFile);
  }

  /**
   * @return {@code http://127.0.0.1:<httpPort>}
   */
  public URI baseUri() {
    return URI.create("http://" + LocalPorts.LOOPBACK + ":" + httpPort);
  }

  /**
   * @return the HTTP port
   */
  public int httpPort() {
    return httpPort;
  }

  /**
   * @return the file receiving the process output
   */
  public Path logFile() {
    return logFile;
  }

  /**
   * @return the child's process id
   */
  public long pid() {
    return process.pid();
  }

  /**
   * @return completes with the exit code when the child ends, for whatever reason
   */
  public CompletableFuture<Integer> onExit() {
    return process.onExit().thenApply(Process::exitValue);
  }

  /**
   * Stops Payara Micro (SIGTERM, so its own shutdown runs), kills it if it has not ended after a
   * minute, and does the same for any process it started. Idempotent.
   */
  @Override
  public void close() {
    List<ProcessHandle> descendants = process.descendants().toList();
    stop(process.toHandle());
    descendants.forEach(PayaraMicroProcess::stop);
    try {
      outputPump.join(KILL_WAIT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "PayaraMicroProcess[pid " + process.pid() + ", " + baseUri() + "]";
  }

  private static void stop(ProcessHandle handle) {
    if (!handle.isAlive()) {
      return;
    }
    handle.destroy();
    if (!waitFor(handle, STOP_WAIT)) {
      handle.destroyForcibly();
      waitFor(handle, KILL_WAIT);
    }
  }

  private static boolean waitFor(ProcessHandle handle, Duration timeout) {
    try {
      handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !handle.isAlive();
    } catch (Exception e) {
      return !handle.isAlive();
    }
  }

  private static int probe(HttpClient client, HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LaunchException("interrupted while waiting for Payara Micro", e);
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LaunchException("interrupted while waiting for Payara Micro", e);
    }
  }

  private String tailText() {
    try {
      outputPump.join(KILL_WAIT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (tail) {
      return String.join("\n", tail);
    }
  }

  /** Collects the start parameters. Not thread-safe. */
  public static final class Builder {

    private Path payaraJar;
    private Path resourceAdapter;
    private Path application;
    private int httpPort;
    private int hazelcastPort;
    private Path workDirectory;
    private AppSettings settings;
    private String readinessPath = APPLICATION_READINESS_PATH;
    private Duration startupTimeout = Duration.ofSeconds(240);
    private int httpThreads = DEFAULT_HTTP_THREADS;
    private PrintStream echo = System.out;
    private String clusterName;
    private final List<Integer> otherMembers = new ArrayList<>();
    private final List<String> jvmOptions = new ArrayList<>();

    private Builder() {}

    /** The {@code payara-micro.jar} to run. */
    public Builder payaraJar(Path jar) {
      this.payaraJar = jar;
      return this;
    }

    /**
     * The Artemis resource adapter, deployed first as {@value #RESOURCE_ADAPTER_NAME}; optional.
     */
    public Builder resourceAdapter(Path rar) {
      this.resourceAdapter = rar;
      return this;
    }

    /** The application WAR, deployed at context root {@code /}. */
    public Builder application(Path war) {
      this.application = war;
      return this;
    }

    /** HTTP port on 127.0.0.1. */
    public Builder httpPort(int port) {
      LocalPorts.checkRange(port);
      this.httpPort = port;
      return this;
    }

    /** Hazelcast port on 127.0.0.1. */
    public Builder hazelcastPort(int port) {
      LocalPorts.checkRange(port);
      this.hazelcastPort = port;
      return this;
    }

    /** Directory for Payara's root directory, deployments, settings and log. */
    public Builder workDirectory(Path directory) {
      this.workDirectory = directory.toAbsolutePath().normalize();
      return this;
    }

    /** Settings handed to the application; optional. */
    public Builder settings(AppSettings appSettings) {
      this.settings = appSettings;
      return this;
    }

    /** Path polled until it answers 200; default {@value #APPLICATION_READINESS_PATH}. */
    public Builder readinessPath(String path) {
      if (!path.startsWith("/")) {
        throw new IllegalArgumentException("readiness path must start with '/': " + path);
      }
      this.readinessPath = path;
      return this;
    }

    /** How long {@link #awaitReady()} waits; default 240 s. */
    public Builder startupTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("startup timeout must be positive: " + timeout);
      }
      this.startupTimeout = timeout;
      return this;
    }

    /** The most HTTP worker threads; default {@link #DEFAULT_HTTP_THREADS}. */
    public Builder httpThreads(int threads) {
      if (threads <= 0) {
        throw new IllegalArgumentException("HTTP threads must be positive: " + threads);
      }
      this.httpThreads = threads;
      return this;
    }

    /** Where the output is echoed besides the log file; empty for nowhere. Default stdout. */
    public Builder echoOutput(Optional<PrintStream> stream) {
      this.echo = stream.orElse(null);
      return this;
    }

    /** Hazelcast cluster name; default {@code medislot-} and random hex, so it joins nobody. */
    public Builder clusterName(String name) {
      this.clusterName = name;
      return this;
    }

    /**
     * Hazelcast ports on 127.0.0.1 of the other members of the cluster, listed in the TCP/IP member
     * list after this node's own; default none, so the node forms a cluster of its own.
     */
    public Builder otherMembers(List<Integer> hazelcastPorts) {
      hazelcastPorts.forEach(LocalPorts::checkRange);
      otherMembers.clear();
      otherMembers.addAll(hazelcastPorts);
      return this;
    }

    /** An extra option for the child JVM, e.g. {@code -Xmx1g}. */
    public Builder jvmOption(String option) {
      jvmOptions.add(Objects.requireNonNull(option));
      return this;
    }

    /**
     * Starts the child and returns at once; call {@link #awaitReady()} next. Returning early lets a
     * caller register the process for shutdown before the long wait.
     *
     * @return the running child
     * @throws LaunchException if a file is missing, a port is taken or the child cannot start
     */
    public PayaraMicroProcess launch() {
      requirePresent();
      Path pidFile = workDirectory.resolve(PID_FILE);
      stopLeftover(workDirectory);
      LocalPorts.requireFree(httpPort, "Payara Micro HTTP");
      LocalPorts.requireFree(hazelcastPort, "Payara Micro Hazelcast");
      try {
        Path root = workDirectory.resolve("root");
        deleteTree(root);
        Path deploy = workDirectory.resolve("deploy");
        deleteTree(deploy);
        Files.createDirectories(deploy);
        Path war =
            Files.copy(
                application, deploy.resolve("ROOT.war"), StandardCopyOption.REPLACE_EXISTING);
        Optional<Path> rar =
            resourceAdapter == null
                ? Optional.empty()
                : Optional.of(
                    Files.copy(
                        resourceAdapter,
                        deploy.resolve(RESOURCE_ADAPTER_NAME + ".rar"),
                        StandardCopyOption.REPLACE_EXISTING));
        Path preboot =
            Files.writeString(
                workDirectory.resolve("preboot.asadmin"),
                "set configs.config.server-config.network-config.network-listeners.network-listener"
                    + ".http-listener.address="
                    + LocalPorts.LOOPBACK
                    + "\n"
                    + REQUEST_HEADER_BUFFER_COMMAND
                    + "\n"
                    + NO_SERVER_HEADERS_COMMANDS
                    + "\n"
                    + httpThreadsCommand(httpThreads)
                    + "\n",
                StandardCharsets.UTF_8);
        Optional<Path> settingsFile =
            Optional.ofNullable(settings)
                .map(s -> s.writeTo(workDirectory.resolve("app.properties")));
        Path log = workDirectory.resolve("payara.log");
        List<String> command = command(root, preboot, settingsFile, rar, war);
        Process process =
            new ProcessBuilder(command)
                .directory(workDirectory.toFile())
                .redirectErrorStream(true)
                .start();
        Files.writeString(pidFile, Long.toString(process.pid()) + "\n", StandardCharsets.US_ASCII);
        Deque<String> tail = new ArrayDeque<>();
        Thread pump = pump(process, log, echo, tail);
        return new PayaraMicroProcess(
            process, httpPort, log, readinessPath, startupTimeout, pump, tail);
      } catch (IOException e) {
        throw new LaunchException("cannot start Payara Micro in " + workDirectory, e);
      }
    }

    /**
     * Starts the child and waits until it is ready; stops it if it never gets there.
     *
     * @return the ready child
     * @throws LaunchException as {@link #launch()} and {@link #awaitReady()}
     */
    public PayaraMicroProcess start() {
      PayaraMicroProcess payara = launch();
      try {
        return payara.awaitReady();
      } catch (RuntimeException e) {
        payara.close();
        throw e;
      }
    }

    private List<String> command(
        Path root, Path preboot, Optional<Path> settingsFile, Optional<Path> rar, Path war) {
      String name = clusterName != null ? clusterName : "medislot-" + randomHex();
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Dhazelcast.socket.bind.any=false");
      command.add("-Dhazelcast.phone.home.enabled=false");
      command.add("-Djava.net.preferIPv4Stack=true");
      command.addAll(PROVIDERS);
      command.addAll(jvmOptions);
      // --rootdir early: stopLeftover() recognises the process by it, and some kernels show
      // other processes only the first 4 kB of a command line
      command.addAll(
          List.of(
              "-jar",
              payaraJar.toAbsolutePath().toString(),
              "--rootdir",
              root.toString(),
              "--port",
              Integer.toString(httpPort),
              "--prebootcommandfile",
              preboot.toString(),
              "--clustermode",
              "tcpip:" + memberList(),
              "--interfaces",
              LocalPorts.LOOPBACK,
              "--startport",
              Integer.toString(hazelcastPort),
              "--clustername",
              name,
              "--disablephonehome"));
      settingsFile.ifPresent(
          file -> command.addAll(List.of("--systemproperties", file.toString())));
      // the adapter first: an application deployed before it fails to find it
      rar.ifPresent(file -> command.addAll(List.of("--deploy", file.toString())));
      command.addAll(List.of("--deploy", war.toString()));
      return command;
    }

    /** {@code 127.0.0.1:port,…}: this node first, then the others (a port range is refused). */
    private String memberList() {
      List<String> members = new ArrayList<>();
      members.add(LocalPorts.LOOPBACK + ":" + hazelcastPort);
      otherMembers.forEach(port -> members.add(LocalPorts.LOOPBACK + ":" + port));
      return String.join(",", members);
    }

    private void requirePresent() {
      requireFile(payaraJar, "Payara Micro jar");
      requireFile(application, "application WAR");
      if (resourceAdapter != null) {
        requireFile(resourceAdapter, "resource adapter RAR");
      }
      if (httpPort == 0 || hazelcastPort == 0 || workDirectory == null) {
        throw new IllegalStateException(
            "HTTP port, Hazelcast port and work directory are required");
      }
      if (httpPort == hazelcastPort) {
        throw new IllegalStateException("HTTP and Hazelcast need different ports: " + httpPort);
      }
    }

    private static void requireFile(Path file, String what) {
      if (file == null || !Files.isRegularFile(file)) {
        throw new LaunchException(what + " not found: " + file);
      }
    }
  }

  /**
   * Stops a Payara Micro left running on {@code workDirectory} by a launcher that was killed before
   * it could close it (it would hold the ports). Identified by the pid file and its root directory
   * argument, so a recycled pid belonging to anything else is left alone. {@link Builder#launch()}
   * calls it.
   *
   * @param workDirectory the work directory given to the builder
   */
  public static void stopLeftover(Path workDirectory) {
    Path directory = workDirectory.toAbsolutePath().normalize();
    Path pidFile = directory.resolve(PID_FILE);
    Path root = directory.resolve("root");
    if (!Files.isRegularFile(pidFile)) {
      return;
    }
    try {
      long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).trim());
      ProcessHandle.of(pid)
          .filter(
              handle ->
                  handle
                      .info()
                      .arguments()
                      .map(args -> List.of(args).contains(root.toString()))
                      .orElse(false))
          .ifPresent(PayaraMicroProcess::stop);
    } catch (IOException | NumberFormatException e) {
      // unreadable: nothing to identify, and the port check reports a survivor anyway
    }
  }

  private static Thread pump(Process process, Path log, PrintStream echo, Deque<String> tail)
      throws IOException {
    BufferedWriter writer =
        Files.newBufferedWriter(
            log,
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE);
    Thread thread = new Thread(() -> copyLines(process, writer, echo, tail), "payara-micro-output");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static void copyLines(
      Process process, BufferedWriter writer, PrintStream echo, Deque<String> tail) {
    try (BufferedReader reader =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        BufferedWriter out = writer) {
      String line;
      while ((line = reader.readLine()) != null) {
        out.write(line);
        out.newLine();
        out.flush();
        if (echo != null) {
          echo.println(line);
        }
        synchronized (tail) {
          tail.addLast(line);
          if (tail.size() > TAIL_LINES) {
            tail.removeFirst();
          }
        }
      }
    } catch (IOException e) {
      // the child is gone; what was read is in the log
    }
  }

  private static void deleteTree(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static String randomHex() {
    byte[] bytes = new byte[4];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
