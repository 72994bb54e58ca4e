package com.medislot.benchmarks.load;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the server's CPU went, from the execution samples of a flight recording: each sample
 * counted once by what the thread was doing (the first matching {@link #ACTIVITIES} entry, read
 * over the whole stack) and once by the code it was running (the innermost frame of a known {@link
 * #COMPONENTS} entry). Two views of the same samples: "booking requests" says what for,
 * "EclipseLink" says in whose code.
 */
public final class ProfileSummary {

  /** Request threads outside the resource methods named below, and stacks cut short of them. */
  static final String OTHER_REQUESTS = "other requests and HTTP handling";

  /** What a sampled thread was doing, first match wins; stack frames as {@code Class.method}. */
  static final List<Rule> ACTIVITIES =
      List.of(
          new Rule("sign-in check of a request (MP-JWT)", "jwtauth\\.|JWTAuthenticationMechanism"),
          new Rule("booking requests", "\\.AppointmentResource\\.(book|reschedule)\\b"),
          new Rule("cancellation requests", "\\.AppointmentResource\\.cancel\\b"),
          new Rule("search requests", "\\.SearchResource\\.search\\b"),
          new Rule(OTHER_REQUESTS, "org\\.glassfish\\.grizzly\\."),
          new Rule("email sending", "\\.(DeliveryBatch|NotificationSenders|DeliveryWorkers)\\."),
          new Rule("event intake (notification consumer)", "\\.NotificationConsumer\\."),
          new Rule("availability events (slots, index)", "\\.AvailabilityEventsListener\\."),
          new Rule("outbox relay", "\\.OutboxRelay\\."),
          new Rule(
              "index commits and merges",
              "org\\.apache\\.lucene\\.index\\.|hibernate\\.search\\.backend\\.lucene\\.orchestration"),
          new Rule("broker client", "org\\.apache\\.activemq\\."),
          new Rule("timers", "EJBTimerService|ejb\\.containers\\.EJBTimer"));

  /** Whose code a sample was running: the innermost frame of one of these, by class name. */
  static final List<Rule> COMPONENTS =
      List.of(
          new Rule("Lucene", "^org\\.apache\\.lucene\\."),
          new Rule("Hibernate Search", "^org\\.hibernate\\.search\\."),
          new Rule("EclipseLink", "^org\\.eclipse\\.persistence\\."),
          new Rule("PostgreSQL driver", "^org\\.postgresql\\."),
          new Rule("Infinispan, JGroups", "^org\\.(infinispan|jgroups)\\."),
          new Rule("Hazelcast", "^com\\.hazelcast\\."),
          new Rule("Artemis client, resource adapter", "^org\\.apache\\.activemq\\."),
          new Rule("JSON-P, JSON-B", "^(org\\.eclipse\\.(parsson|yasson)|jakarta\\.json)\\."),
          new Rule(
              "JWT parsing and checks",
              "^(com\\.nimbusds|fish\\.payara\\.microprofile\\.jwtauth)\\."),
          new Rule("cryptography (JDK)", "^(sun\\.security|java\\.math\\.|javax?\\.crypto)"),
          new Rule(
              "Jakarta Mail, iCalendar",
              "^(org\\.eclipse\\.angus|jakarta\\.mail|net\\.fortuna)\\."),
          new Rule("Jersey (JAX-RS)", "^org\\.glassfish\\.jersey\\."),
          new Rule("Weld (CDI)", "^org\\.jboss\\.weld\\."),
          new Rule(
              "EJB container, transactions",
              "^(com\\.sun\\.ejb|com\\.sun\\.enterprise\\.transaction|com\\.sun\\.jts)\\."),
          new Rule(
              "Grizzly, servlet container",
              "^(org\\.glassfish\\.grizzly|org\\.apache\\.catalina|com\\.sun\\.web|org\\.apache\\.coyote)\\."),
          new Rule(
              "other Payara and GlassFish",
              "^(fish\\.payara|com\\.sun\\.enterprise|org\\.glassfish|org\\.jvnet)\\."),
          new Rule("Medislot code", "^com\\.medislot\\."));

  static final String OTHER_THREADS = "other threads (JIT and GC are not sampled)";
  static final String JDK_ONLY = "JDK only";

  private final Map<String, Integer> activities = new LinkedHashMap<>();
  private final Map<String, Integer> components = new LinkedHashMap<>();
  private int samples;
  private int truncated;

  /** A label and the pattern that earns it. */
  record Rule(String label, Pattern pattern) {
    Rule(String label, String regex) {
      this(label, Pattern.compile(regex));
    }
  }

  /** Prints the summary of each recording named: {@code ProfileSummary file.jfr...}. */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: ProfileSummary <recording.jfr>...");
      System.exit(2);
    }
    for (String file : args) {
      of(Path.of(file)).print(System.out, file);
    }
  }

  /** Reads every {@code jdk.ExecutionSample} of a recording. */
  static ProfileSummary of(Path recording) throws IOException {
    ProfileSummary summary = new ProfileSummary();
    try (RecordingFile file = new RecordingFile(recording)) {
      while (file.hasMoreEvents()) {
        RecordedEvent event = file.readEvent();
        if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
          continue;
        }
        RecordedStackTrace stack = event.getStackTrace();
        RecordedThread thread = event.getThread("sampledThread");
        List<String> frames = new ArrayList<>();
        if (stack != null) {
          for (RecordedFrame f : stack.getFrames()) {
            if (f.isJavaFrame()) {
              frames.add(f.getMethod().getType().getName() + "." + f.getMethod().getName());
            }
          }
        }
        summary.add(
            thread == null || thread.getJavaName() == null ? "" : thread.getJavaName(),
            frames,
            stack != null && stack.isTruncated());
      }
    }
    return summary;
  }

  /** Counts one sample: its thread's name and its frames, innermost first. */
  void add(String thread, List<String> frames, boolean stackTruncated) {
    samples++;
    if (stackTruncated) {
      truncated++;
    }
    activities.merge(activity(thread, frames), 1, Integer::sum);
    components.merge(component(frames), 1, Integer::sum);
  }

  static String activity(String thread, List<String> frames) {
    for (Rule r : ACTIVITIES) {
      for (String f : frames) {
        if (r.pattern().matcher(f).find()) {
          return r.label();
        }
      }
    }
    // a request thread whose stack was cut before Grizzly is still a request
    if (thread.startsWith("http-thread-pool")) {
      return OTHER_REQUESTS;
    }
    return OTHER_THREADS;
  }

  static String component(List<String> frames) {
    for (String f : frames) {
      for (Rule r : COMPONENTS) {
        if (r.pattern().matcher(f).find()) {
          return r.label();
        }
      }
    }
    return JDK_ONLY;
  }

  int samples() {
    return samples;
  }

  Map<String, Integer> activities() {
    return activities;
  }

  Map<String, Integer> components() {
    return components;
  }

  void print(PrintStream out, String title) {
    out.printf("%nwhere the server's CPU went, %s: %,d execution samples%n", title, samples);
    if (samples == 0) {
      out.println("  (none: was the server busy, and was the recording long enough?)");
      return;
    }
    if (truncated * 20 > samples) {
      out.printf(
          "  %d %% of the stacks were cut short: start the server with"
              + " -XX:FlightRecorderOptions:stackdepth=512%n",
          100 * truncated / samples);
    }
    out.println("  by activity:");
    printShares(out, activities);
    out.println("  by code (innermost frame of a known component):");
    printShares(out, components);
  }

  private void printShares(PrintStream out, Map<String, Integer> counts) {
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(
            e ->
                out.printf(
                    "    %5.1f %%  %6d  %s%n",
                    100.0 * e.getValue() / samples, e.getValue(), e.getKey()));
  }
}
