package com.medislot.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Checks, from outside a server, which local addresses it listens on. */
final class ListeningSockets {

  private static final String LISTEN = "0A";
  private static final String IPV4_LOOPBACK = "0100007F";
  private static final String IPV6_LOOPBACK = "00000000000000000000000001000000";
  private static final String IPV4_MAPPED_LOOPBACK = "0000000000000000FFFF00000100007F";

  private ListeningSockets() {}

  /**
   * Asserts that something listens on {@code port} and only on loopback: from the kernel's socket
   * table where the system has one (Linux), and by trying every non-loopback address of this
   * machine, which must refuse the connection.
   */
  static void assertLoopbackOnly(int port) {
    if (Files.isReadable(Path.of("/proc/net/tcp"))) {
      List<String> addresses = listeningAddresses(port);
      assertThat(addresses)
          .as("listening addresses of port %d", port)
          .isNotEmpty()
          .allMatch(
              a ->
                  a.equals(IPV4_LOOPBACK)
                      || a.equals(IPV6_LOOPBACK)
                      || a.equals(IPV4_MAPPED_LOOPBACK));
    }
    for (InetAddress address : nonLoopbackAddresses()) {
      assertThat(connects(address, port))
          .as("connection to %s:%d", address.getHostAddress(), port)
          .isFalse();
    }
    assertThat(connects(InetAddress.getLoopbackAddress(), port))
        .as("connection to loopback")
        .isTrue();
  }

  /** Hexadecimal local addresses (kernel notation) of the sockets listening on the port. */
  static List<String> listeningAddresses(int port) {
    String hexPort = String.format(Locale.ROOT, "%04X", port);
    List<String> addresses = new ArrayList<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      Path file = Path.of(table);
      if (!Files.isReadable(file)) {
        continue;
      }
      try {
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
          String[] fields = line.trim().split("\\s+");
          String[] local = fields[1].split(":");
          if (local[1].equalsIgnoreCase(hexPort) && LISTEN.equals(fields[3])) {
            addresses.add(local[0].toUpperCase(Locale.ROOT));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return addresses;
  }

  private static List<InetAddress> nonLoopbackAddresses() {
    List<InetAddress> addresses = new ArrayList<>();
    try {
      for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        for (InetAddress address : Collections.list(nic.getInetAddresses())) {
          if (!address.isLoopbackAddress() && address instanceof Inet4Address) {
            addresses.add(address);
          }
        }
      }
    } catch (SocketException e) {
      throw new UncheckedIOException(e);
    }
    return addresses;
  }

  private static boolean connects(InetAddress address, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), 2000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
