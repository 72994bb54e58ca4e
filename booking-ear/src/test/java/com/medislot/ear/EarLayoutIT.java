package com.medislot.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The packaged EAR (a Failsafe test because it needs the archive): the EJB module and the web
 * module at context root {@code /}, the libraries in {@code lib/} and nowhere else, none of them
 * twice, no Jakarta API jar (Payara provides those).
 */
class EarLayoutIT {

  private final Path ear = Path.of(System.getProperty("ear.it.ear"));

  @Test
  void modulesAndDescriptor() throws IOException {
    try (ZipFile zip = new ZipFile(ear.toFile())) {
      assertThat(zip.getEntry("booking-ejb.jar")).as("EJB module").isNotNull();
      assertThat(zip.getEntry("booking-web.war")).as("web module").isNotNull();
      String descriptor = text(zip, "META-INF/application.xml");
      assertThat(descriptor)
          .contains("<ejb>booking-ejb.jar</ejb>")
          .contains("<web-uri>booking-web.war</web-uri>")
          .contains("<context-root>/</context-root>")
          .contains("<library-directory>lib</library-directory>")
          .contains("<application-name>medislot</application-name>");
    }
  }

  @Test
  void librariesOnceInLibAndNoJakartaApi() throws IOException {
    try (ZipFile zip = new ZipFile(ear.toFile())) {
      List<String> libraries =
          zip.stream()
              .map(ZipEntry::getName)
              .filter(name -> name.startsWith("lib/") && name.endsWith(".jar"))
              .map(name -> name.substring("lib/".length()))
              .toList();
      assertThat(libraries)
          .as("the application's own libraries and the ones it needs at run time")
          .contains(
              "country-config-0.1.0-SNAPSHOT.jar",
              "db-migrations-0.1.0-SNAPSHOT.jar",
              "nimbus-jose-jwt-10.10.jar",
              "postgresql-42.7.14.jar")
          .anyMatch(name -> name.startsWith("hibernate-core-"))
          .anyMatch(name -> name.startsWith("infinispan-core-"))
          .noneMatch(name -> name.startsWith("jakarta.") && name.contains("-api-"))
          .noneMatch(name -> name.startsWith("booking-"));
      Map<String, Long> byArtifact =
          libraries.stream()
              .collect(Collectors.groupingBy(EarLayoutIT::withoutVersion, Collectors.counting()));
      assertThat(byArtifact)
          .as("one version of each library")
          .allSatisfy((artifact, count) -> assertThat(count).as(artifact).isEqualTo(1L));
      assertThat(zip.stream().map(ZipEntry::getName))
          .as("libraries only in lib/")
          .filteredOn(name -> name.endsWith(".jar") && !name.startsWith("lib/"))
          .containsExactly("booking-ejb.jar");
    }
  }

  @Test
  void webModuleCarriesNoLibraries() throws IOException {
    try (ZipFile zip = new ZipFile(ear.toFile());
        ZipInputStream war =
            new ZipInputStream(zip.getInputStream(zip.getEntry("booking-web.war")))) {
      List<String> entries = new ArrayList<>();
      for (ZipEntry entry = war.getNextEntry(); entry != null; entry = war.getNextEntry()) {
        entries.add(entry.getName());
      }
      assertThat(entries).anyMatch(name -> name.startsWith("WEB-INF/classes/com/medislot/web/"));
      assertThat(entries)
          .noneMatch(name -> name.startsWith("WEB-INF/lib/") && name.endsWith(".jar"));
    }
  }

  @Test
  void moduleClassPathsNameOnlyPackagedFiles() throws IOException {
    try (ZipFile zip = new ZipFile(ear.toFile())) {
      for (String module : List.of("booking-ejb.jar", "booking-web.war")) {
        try (JarInputStream jar = new JarInputStream(zip.getInputStream(zip.getEntry(module)))) {
          Manifest manifest = jar.getManifest();
          assertThat(manifest).as(module + " manifest").isNotNull();
          String classPath = manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
          if (classPath != null) {
            for (String entry : classPath.trim().split("\\s+")) {
              assertThat(zip.getEntry(entry)).as(module + " Class-Path entry " + entry).isNotNull();
            }
          }
        }
      }
    }
  }

  /** {@code hibernate-core-6.6.40.Final.jar} → {@code hibernate-core}. */
  private static String withoutVersion(String jar) {
    return jar.replaceFirst("-\\d[^-]*(-SNAPSHOT)?\\.jar$", "");
  }

  private static String text(ZipFile zip, String entry) throws IOException {
    ZipEntry found = zip.getEntry(entry);
    assertThat(found).as(entry).isNotNull();
    try (InputStream in = zip.getInputStream(found)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
