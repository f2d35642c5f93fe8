package dev.helpdesk.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * helpdesk-web by the areas of helpdesk-ejb ({@code dev.helpdesk.web.<area>}, each with its panel and API parts and
 * a small common package), importing each other in one direction only, and reading data only through the
 * application services' records; the API answers with JSON records of its own, so that helpdesk-ejb's records can
 * change without changing it.
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

    @Test
    void theApiAnswersWithItsOwnRecordsNotThoseOfTheApplication() {
        methods().that().arePublic()
                .and().areDeclaredInClassesThat().areAnnotatedWith(Path.class)
                .and().areDeclaredInClassesThat().resideInAPackage("dev.helpdesk.web..api..")
                .should(returnNoApplicationType())
                .check(web);
    }

    /** The return type and its type arguments ({@code List<X>}, {@code Map<K, V>}): of helpdesk-ejb, enums only. */
    private static ArchCondition<JavaMethod> returnNoApplicationType() {
        return new ArchCondition<>("return no type of helpdesk-ejb but an enum") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                for (JavaClass type : method.getReturnType().getAllInvolvedRawTypes()) {
                    String name = type.getPackageName();
                    if ((name + ".").startsWith("dev.helpdesk.") && !(name + ".").startsWith("dev.helpdesk.web.")
                            && !type.isEnum()) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName() + " returns "
                                + type.getName()));
                    }
                }
            }
        };
    }
}
