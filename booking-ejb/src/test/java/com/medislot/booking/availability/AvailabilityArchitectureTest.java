package com.medislot.booking.availability;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The engine stays a pure computation: the Java platform and nothing else. */
class AvailabilityArchitectureTest {

  private static final String PACKAGE = "com.medislot.booking.availability";

  /**
   * Only the production classes: imported from where the engine itself was loaded, so the tests of
   * this package (which use test libraries) are left out whatever the build tool's folder names.
   */
  private static JavaClasses productionClasses() {
    try {
      Path location =
          Path.of(
              AvailabilityEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return new ClassFileImporter().importPath(location);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private final JavaClasses production = productionClasses();

  @Test
  void engineDependsOnlyOnJavaPlatformClasses() {
    ArchRule rule =
        classes()
            .that()
            .resideInAPackage(PACKAGE)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", PACKAGE);
    rule.check(production);
  }

  @Test
  void engineIsImportedWithoutItsTests() {
    // guards against the rule passing vacuously, or judging test code
    assertThat(production.contain(AvailabilityEngine.class)).isTrue();
    assertThat(production.contain(AvailabilityArchitectureTest.class)).isFalse();
  }
}
