package dev.helpdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout of helpdesk-ejb: business areas ({@code dev.helpdesk.<area>}) that import each other in one direction
 * only, domain code that never reaches into application services, a set-up area nobody imports, and neither web
 * types nor the server's private APIs anywhere in the module.
 */
class ArchitectureTest {

    private static JavaClasses application;

    @BeforeAll
    static void importApplication() {
        application = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("dev.helpdesk");
    }

    /** No cycle between the areas under {@code root}: each area may use only those below it. */
    static ArchRule areasFreeOfCycles(String root) {
        return slices().matching(root + ".(*)..").namingSlices("area $1").should().beFreeOfCycles();
    }

    @Test
    void areasFormLayersWithoutCycles() {
        areasFreeOfCycles("dev.helpdesk").check(application);
    }

    @Test
    void theCycleRuleCatchesACycle() {
        JavaClasses cycle = new ClassFileImporter().importPackages("dev.helpdesk.architecture.cycle");
        assertThrows(AssertionError.class, () -> areasFreeOfCycles("dev.helpdesk.architecture.cycle").check(cycle));
    }

    @Test
    void domainCodeNeverImportsApplicationServices() {
        noClasses().that().resideInAPackage("dev.helpdesk..domain..")
                .should().dependOnClassesThat().resideInAPackage("dev.helpdesk..application..")
                .check(application);
    }

    @Test
    void nothingImportsTheSetUpArea() {
        noClasses().that().resideOutsideOfPackage("dev.helpdesk.setup..")
                .should().dependOnClassesThat().resideInAPackage("dev.helpdesk.setup..")
                .check(application);
    }

    @Test
    void noWebTypesInTheDomainModule() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("jakarta.faces..", "jakarta.ws.rs..", "jakarta.servlet..")
                .check(application);
    }

    @Test
    void onlyPublicServerApis() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.jboss.as..", "org.jboss.msc..")
                .check(application);
    }
}
