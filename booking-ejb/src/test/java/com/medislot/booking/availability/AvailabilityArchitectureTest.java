package com.medislot.booking.availability;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The engine stays a pure computation: the Java platform and nothing else. */
class AvailabilityArchitectureTest {

    private static final String PACKAGE = "com.medislot.booking.availability";

    private final JavaClasses engine = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(PACKAGE);

    @Test
    void engineDependsOnlyOnJavaPlatformClasses() {
        ArchRule rule = classes().that().resideInAPackage(PACKAGE)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", PACKAGE);
        rule.check(engine);
    }

    @Test
    void engineIsImported() {
        // guards against the rule passing vacuously if the import found nothing
        org.assertj.core.api.Assertions.assertThat(engine.contain(AvailabilityEngine.class)).isTrue();
    }
}
