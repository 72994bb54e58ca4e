package com.medislot.console;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "com.medislot.console",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** View models are tested without a window: no scene graph, no FXML, no toolkit calls. */
  @ArchTest
  static final ArchRule viewModelsHoldNoSceneTypes =
      noClasses()
          .that()
          .haveSimpleNameEndingWith("ViewModel")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "javafx.scene..", "javafx.fxml..", "javafx.stage..", "javafx.application..");

  /** The console talks to the web API only, never to server internals. */
  @ArchTest
  static final ArchRule noServerInternals =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "com.medislot.booking..",
              "jakarta.persistence..",
              "jakarta.ws.rs..",
              "jakarta.ejb..");
}
