package dev.helpdesk.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * helpdesk-web by the areas of helpdesk-ejb ({@code dev.helpdesk.web.<area>}, each with its panel and API parts and
 * a small common package), importing each other in one direction only, and reading data only through the
 * application services' records.
 */
class WebArchitectureTest {

    private static JavaClasses web;

    @BeforeAll
    static void importWeb() {
        web = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("dev.helpdesk.web");
    }

    @Test
    void webAreasFormLayersWithoutCycles() {
        slices().matching("dev.helpdesk.web.(*)..").namingSlices("web area $1").should().beFreeOfCycles()
                .check(web);
    }

    @Test
    void panelsAndTheApiNeverTouchThePersistenceContext() {
        noClasses().should().dependOnClassesThat().resideInAPackage("jakarta.persistence..").check(web);
    }
}
