package com.medislot.ear;

import com.medislot.launcher.LocalPorts;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every TCP port a Payara Server domain is created with, each one free on 127.0.0.1 when picked and
 * all distinct, so that the domain collides neither with Payara's defaults (4848, 8080, 3700, 8686,
 * 4900…) nor with another domain on the machine. Immutable.
 */
record DomainPorts(
    int admin,
    int http,
    int https,
    int iiop,
    int iiopSsl,
    int iiopMutualAuth,
    int jmx,
    int jms,
    int osgiShell,
    int debugger,
    int hazelcastDas,
    int hazelcastStart) {

  /**
   * @return fresh free ports
   */
  static DomainPorts pick() {
    Set<Integer> ports = new LinkedHashSet<>();
    while (ports.size() < 12) {
      // a port handed out twice in a row is simply drawn again
      ports.add(LocalPorts.freePort());
    }
    List<Integer> p = List.copyOf(ports);
    return new DomainPorts(
        p.get(0), p.get(1), p.get(2), p.get(3), p.get(4), p.get(5), p.get(6), p.get(7), p.get(8),
        p.get(9), p.get(10), p.get(11));
  }

  /**
   * @return the {@code create-domain --domainproperties} value for every port but admin and HTTP
   */
  String domainProperties() {
    return String.join(
        ":",
        "domain.jmxPort=" + jmx,
        "http.ssl.port=" + https,
        "java.debugger.port=" + debugger,
        "jms.port=" + jms,
        "orb.listener.port=" + iiop,
        "orb.ssl.port=" + iiopSsl,
        "orb.mutualauth.port=" + iiopMutualAuth,
        "osgi.shell.telnet.port=" + osgiShell,
        "hazelcast.das.port=" + hazelcastDas,
        "hazelcast.start.port=" + hazelcastStart);
  }
}
