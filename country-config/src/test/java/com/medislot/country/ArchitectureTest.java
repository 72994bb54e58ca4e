package com.medislot.country;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "com.medislot.country",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** Shared by the server and the desktop console: no server or UI framework types. */
  @ArchTest
  static final ArchRule noServerOrUiTypes =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.ws.rs..", "jakarta.persistence..", "javafx..");

  /** The holiday library stays behind one adapter, so it can be replaced in one place. */
  @ArchTest
  static final ArchRule holidayLibraryBehindOneClass =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName(HolidayCalendars.class.getName())
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("de.focus_shift..");
}
