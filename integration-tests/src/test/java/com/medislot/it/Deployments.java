package com.medislot.it;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application every integration test class deploys: the real {@code ROOT.war}. Arquillian
 * starts a Payara Micro per test class on the same ports and stops the previous one without waiting
 * for it to exit, so this first waits until those ports are free again (else the new instance fails
 * with "Address already in use").
 */
final class Deployments {

  private static final Duration PORT_WAIT = Duration.ofSeconds(90);

  private Deployments() {}

  static WebArchive rootWar() {
    awaitFree(Integer.getInteger("it.http.port"));
    awaitFree(Integer.getInteger("it.hazelcast.port"));
    File war = new File(System.getProperty("it.runtime"), "ROOT.war");
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
  }

  private static void awaitFree(int port) {
    long deadline = System.nanoTime() + PORT_WAIT.toNanos();
    while (true) {
      try (ServerSocket probe = new ServerSocket()) {
        probe.setReuseAddress(true);
        probe.bind(new InetSocketAddress("127.0.0.1", port));
        return;
      } catch (IOException inUse) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "127.0.0.1:" + port + " is still in use by the previous Payara Micro", inUse);
        }
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for port " + port, e);
        }
      }
    }
  }
}
