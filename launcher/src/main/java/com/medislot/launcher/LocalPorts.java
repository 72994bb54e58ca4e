package com.medislot.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** TCP ports on the loopback interface: finding a free one, checking one before use. */
public final class LocalPorts {

  private LocalPorts() {}

  /** The loopback address every component of the local runtime binds to. */
  public static final String LOOPBACK = "127.0.0.1";

  /**
   * A port that was free on 127.0.0.1 a moment ago (another process may still take it first).
   *
   * @return a port number between 1024 and 65535
   */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, loopback())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new LaunchException("no free TCP port on " + LOOPBACK, e);
    }
  }

  /**
   * Whether a server socket can be bound to {@code 127.0.0.1:port} right now.
   *
   * @param port a port number, 1..65535
   * @return true if nothing listens there
   */
  public static boolean isFree(int port) {
    checkRange(port);
    try (ServerSocket socket = new ServerSocket()) {
      // without SO_REUSEADDR a port left in TIME_WAIT would wrongly look busy
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(loopback(), port), 1);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Fails early with a message naming the setting to change, instead of letting a component fail
   * obscurely or, worse, talk to whatever already listens there.
   *
   * @param port the port about to be used
   * @param what who wants it and how to change it, e.g. "PostgreSQL (medislot.db.port)"
   * @throws LaunchException if the port is taken
   */
  public static void requireFree(int port, String what) {
    if (!isFree(port)) {
      throw new LaunchException(
          "port "
              + port
              + " on "
              + LOOPBACK
              + " is already in use; "
              + what
              + " needs it: stop the other process or choose another port");
    }
  }

  static void checkRange(int port) {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("not a TCP port: " + port);
    }
  }

  private static InetAddress loopback() throws IOException {
    return InetAddress.getByName(LOOPBACK);
  }
}
