package com.medislot.ear;

import com.medislot.launcher.LocalPorts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Confines a freshly created domain to 127.0.0.1 by editing the {@code server-config} of its {@code
 * domain.xml} before the first start: HTTP, HTTPS and admin listeners, the three IIOP listeners and
 * the JMX connector on loopback; the built-in JMS broker, the data grid (Hazelcast) and phone-home
 * off; and the H2 database server of the EJB timer service, which Payara starts on the first timer
 * (the application's non-persistent timers too) on a random port of every interface, bound to
 * loopback with the JVM option {@code -Dh2.bindAddress=127.0.0.1}.
 *
 * <p>Why not a pre-boot command file: at pre-boot, Payara 6.2025.9 has no JMS service configuration
 * yet ("No configuration found for configs.config.server-config.jms-service") and cannot run {@code
 * set-hazelcast-configuration} or {@code disable-phone-home} (their services belong to a later run
 * level). It logs those failures and starts anyway, with Hazelcast on {@code *:<das port>} and,
 * once an MDB is deployed, the JMS proxy on {@code 0.0.0.0}.
 *
 * <p>The application needs none of the three: it talks to Artemis through its own resource adapter,
 * and a single server has no data grid to share.
 */
final class LoopbackOnlyConfig {

  private LoopbackOnlyConfig() {}

  /**
   * @param domainXml the {@code config/domain.xml} of a domain that is not running
   * @throws IllegalStateException if an element to change is missing (another Payara layout)
   */
  static void apply(Path domainXml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document document = factory.newDocumentBuilder().parse(domainXml.toFile());
      Element config = serverConfig(document);
      bindAll(config, "network-listener", 3);
      bindAll(config, "iiop-listener", 3);
      bindAll(config, "jmx-connector", 1);
      jmsService(config).setAttribute("type", "DISABLED");
      child(config, "hazelcast-config-specific-configuration").setAttribute("enabled", "false");
      child(config, "phone-home-runtime-configuration").setAttribute("enabled", "false");
      Element h2Loopback = document.createElement("jvm-options");
      h2Loopback.setTextContent("-Dh2.bindAddress=127.0.0.1");
      child(config, "java-config").appendChild(h2Loopback);
      var transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      transformer.transform(new DOMSource(document), new StreamResult(domainXml.toFile()));
    } catch (ParserConfigurationException | SAXException | IOException | TransformerException e) {
      throw new IllegalStateException("cannot edit " + domainXml, e);
    }
  }

  private static Element serverConfig(Document document) {
    NodeList configs = document.getElementsByTagName("config");
    for (int i = 0; i < configs.getLength(); i++) {
      Element config = (Element) configs.item(i);
      if ("server-config".equals(config.getAttribute("name"))) {
        return config;
      }
    }
    throw new IllegalStateException("no server-config in domain.xml");
  }

  private static void bindAll(Element config, String tag, int expected) {
    NodeList elements = config.getElementsByTagName(tag);
    if (elements.getLength() < expected) {
      throw new IllegalStateException(
          "server-config has " + elements.getLength() + " " + tag + ", expected " + expected);
    }
    for (int i = 0; i < elements.getLength(); i++) {
      ((Element) elements.item(i)).setAttribute("address", LocalPorts.LOOPBACK);
    }
  }

  /** A new domain gets its JMS service only when something first needs JMS: create it now. */
  private static Element jmsService(Element config) {
    Optional<Element> existing = directChild(config, "jms-service");
    if (existing.isPresent()) {
      return existing.get();
    }
    Document document = config.getOwnerDocument();
    Element service = document.createElement("jms-service");
    service.setAttribute("default-jms-host", "default_JMS_host");
    Element host = document.createElement("jms-host");
    host.setAttribute("name", "default_JMS_host");
    host.setAttribute("host", LocalPorts.LOOPBACK);
    host.setAttribute("port", "${JMS_PROVIDER_PORT}");
    service.appendChild(host);
    config.appendChild(service);
    return service;
  }

  private static Element child(Element config, String tag) {
    return directChild(config, tag)
        .orElseGet(
            () -> {
              Element created = config.getOwnerDocument().createElement(tag);
              config.appendChild(created);
              return created;
            });
  }

  private static Optional<Element> directChild(Element parent, String tag) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(tag)) {
        return Optional.of(element);
      }
    }
    return Optional.empty();
  }
}
