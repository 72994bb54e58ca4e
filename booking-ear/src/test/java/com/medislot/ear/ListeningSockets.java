package com.medislot.ear;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The sockets a process and its descendants listen on, read from Linux's {@code /proc} (what {@code
 * ss -ltnp} and {@code ss -lunp} show): TCP sockets in state LISTEN and every bound UDP socket (the
 * kind multicast discovery opens).
 */
final class ListeningSockets {

  /** One listening socket. Immutable. */
  record Socket(String protocol, InetAddress address, int port) {

    /**
     * @return whether only this machine can reach it (127.0.0.0/8, ::1, IPv4-mapped 127/8)
     */
    boolean loopbackOnly() {
      return address.isLoopbackAddress();
    }

    @Override
    public String toString() {
      return protocol + " " + address.getHostAddress() + ":" + port;
    }
  }

  private static final String TCP_LISTEN = "0A";

  private ListeningSockets() {}

  /**
   * @param process a running process of this machine
   * @return its listening sockets and those of its descendants, sorted by port
   */
  static List<Socket> of(ProcessHandle process) {
    Set<String> inodes = new HashSet<>();
    inodes.addAll(socketInodes(process.pid()));
    process.descendants().forEach(child -> inodes.addAll(socketInodes(child.pid())));
    List<Socket> sockets = new ArrayList<>();
    for (String protocol : List.of("tcp", "tcp6", "udp", "udp6")) {
      for (String line : lines(Path.of("/proc/net", protocol))) {
        String[] f = line.trim().split("\\s+");
        boolean listening = protocol.startsWith("udp") || TCP_LISTEN.equals(f[3]);
        if (listening && inodes.contains(f[9])) {
          sockets.add(socket(protocol, f[1]));
        }
      }
    }
    sockets.sort((a, b) -> Integer.compare(a.port(), b.port()));
    return sockets;
  }

  private static Set<String> socketInodes(long pid) {
    Set<String> inodes = new HashSet<>();
    try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
      for (Path fd : fds.toList()) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith("socket:[")) {
            inodes.add(target.substring("socket:[".length(), target.length() - 1));
          }
        } catch (NoSuchFileException e) {
          // closed while listing
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the descriptors of process " + pid, e);
    }
    return inodes;
  }

  private static List<String> lines(Path table) {
    try {
      List<String> all = Files.readAllLines(table);
      return all.subList(1, all.size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code 0100007F:1F90} (IPv4) or 32 hex digits (IPv6), 32-bit words in host byte order. */
  private static Socket socket(String protocol, String hexAddress) {
    String[] parts = hexAddress.split(":");
    byte[] raw = HexFormat.of().parseHex(parts[0]);
    byte[] address = new byte[raw.length];
    for (int word = 0; word < raw.length; word += 4) {
      for (int i = 0; i < 4; i++) {
        address[word + i] = raw[word + 3 - i];
      }
    }
    try {
      return new Socket(
          protocol.replace("6", ""),
          InetAddress.getByAddress(address),
          Integer.parseInt(parts[1], 16));
    } catch (UnknownHostException e) {
      throw new IllegalStateException("bad address " + hexAddress, e);
    }
  }
}
