package com.medislot.booking;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the core's boundaries: each technology stays in the feature that adapts it. */
class ArchitectureTest {

  private static JavaClasses core;

  @BeforeAll
  static void importClasses() {
    core =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.medislot.booking");
  }

  @Test
  void theCoreKnowsNothingOfHttp() {
    ArchRule rule = noClasses().should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..");
    rule.check(core);
  }

  @Test
  void onlyTheEventsAndNotificationFeaturesTalkJms() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "com.medislot.booking.events..", "com.medislot.booking.notification..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("jakarta.jms..")
        .check(core);
  }

  @Test
  void onlyTheSlotsFeatureTouchesInfinispan() {
    noClasses()
        .that()
        .resideOutsideOfPackage("com.medislot.booking.slots..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.infinispan..")
        .check(core);
  }

  @Test
  void onlyTheSearchFeatureTouchesHibernate() {
    noClasses()
        .that()
        .resideOutsideOfPackage("com.medislot.booking.search..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.hibernate..")
        .check(core);
  }

  @Test
  void theEngineIsPureJava() {
    noClasses()
        .that()
        .resideInAPackage("com.medislot.booking.availability..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("java..", "com.medislot.booking.availability..")
        .check(core);
  }
}
