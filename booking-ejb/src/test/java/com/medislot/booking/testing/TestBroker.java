package com.medislot.booking.testing;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;

/** A real Artemis broker for tests, in this JVM, on a free port of 127.0.0.1, without a journal. */
public final class TestBroker implements AutoCloseable {

  private final EmbeddedActiveMQ broker;
  private final String url;

  private TestBroker(EmbeddedActiveMQ broker, String url) {
    this.broker = broker;
    this.url = url;
  }

  public static TestBroker start() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    String url = "tcp://127.0.0.1:" + port;
    EmbeddedActiveMQ broker =
        new EmbeddedActiveMQ()
            .setConfiguration(
                new ConfigurationImpl()
                    .setPersistenceEnabled(false)
                    .setSecurityEnabled(false)
                    .setJMXManagementEnabled(false)
                    // no journal, so no disk guard: Artemis's default (90 % of the disk in use)
                    // would block every producer on a large, well-filled disk
                    .setMaxDiskUsage(-1)
                    .addAcceptorConfiguration("tcp", url));
    broker.start();
    return new TestBroker(broker, url);
  }

  /** The CORE protocol URL clients connect to. */
  public String url() {
    return url;
  }

  @Override
  public void close() throws Exception {
    broker.stop();
  }
}
