package com.medislot.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The web layer translates HTTP; it neither stores nor messages nor caches by itself. */
class ArchitectureTest {

  private static JavaClasses web;

  @BeforeAll
  static void importClasses() {
    web =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.medislot.web");
  }

  @Test
  void resourcesAreNamedResource() {
    classes()
        .that()
        .areAnnotatedWith(Path.class)
        .should()
        .haveSimpleNameEndingWith("Resource")
        .check(web);
  }

  @Test
  void theWebLayerDoesNotReachIntoPersistenceMessagingOrCaches() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "jakarta.persistence..", "jakarta.jms..", "org.infinispan..", "org.hibernate..")
        .check(web);
  }
}
