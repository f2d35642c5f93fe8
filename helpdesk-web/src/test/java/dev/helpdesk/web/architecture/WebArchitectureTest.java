package dev.helpdesk.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * helpdesk-web by the areas of helpdesk-ejb ({@code dev.helpdesk.web.<area>}, each with its panel and API parts and
 * a small common package), importing each other in one direction only, and reading data only through the
 * application services' records; the API answers with JSON records of its own and reads its request bodies into
 * records of its own, so that helpdesk-ejb's records can change without changing it.
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

    @Test
    void theApiReadsRequestBodiesIntoItsOwnRecordsNotThoseOfTheApplication() {
        methods().that().areMetaAnnotatedWith(HttpMethod.class)
                .and().areDeclaredInClassesThat().areAnnotatedWith(Path.class)
                .and().areDeclaredInClassesThat().resideInAPackage("dev.helpdesk.web..api..")
                .should(takeNoApplicationTypeAsBody())
                .check(web);
    }

    /** What JAX-RS fills in itself; any other parameter of a resource method is the request body. */
    private static final List<Class<? extends Annotation>> NOT_THE_BODY = List.of(PathParam.class,
            QueryParam.class, HeaderParam.class, FormParam.class, Context.class, BeanParam.class, CookieParam.class,
            MatrixParam.class);

    /**
     * The body's type and its type arguments ({@code List<X>}, {@code Map<K, V>}), and the same for the fields of
     * the web's own types among them (nested objects): of helpdesk-ejb, enums only.
     */
    private static ArchCondition<JavaMethod> takeNoApplicationTypeAsBody() {
        return new ArchCondition<>("take no type of helpdesk-ejb but an enum as request body") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                for (JavaParameter parameter : method.getParameters()) {
                    if (NOT_THE_BODY.stream().anyMatch(parameter::isAnnotatedWith)) {
                        continue;
                    }
                    Set<JavaClass> seen = new HashSet<>();
                    Deque<JavaType> pending = new ArrayDeque<>(List.of(parameter.getType()));
                    while (!pending.isEmpty()) {
                        for (JavaClass type : pending.pop().getAllInvolvedRawTypes()) {
                            if (isApplicationType(type)) {
                                events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                        + " reads its body as or with " + type.getName()));
                            } else if ((type.getPackageName() + ".").startsWith("dev.helpdesk.web.")
                                    && seen.add(type)) {
                                type.getFields().stream().filter(f -> !f.getModifiers().contains(JavaModifier.STATIC))
                                        .forEach(f -> pending.add(f.getType()));
                            }
                        }
                    }
                }
            }
        };
    }

    /** The return type and its type arguments ({@code List<X>}, {@code Map<K, V>}): of helpdesk-ejb, enums only. */
    private static ArchCondition<JavaMethod> returnNoApplicationType() {
        return new ArchCondition<>("return no type of helpdesk-ejb but an enum") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                for (JavaClass type : method.getReturnType().getAllInvolvedRawTypes()) {
                    if (isApplicationType(type)) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName() + " returns "
                                + type.getName()));
                    }
                }
            }
        };
    }

    /** A type of {@code dev.helpdesk..} outside {@code dev.helpdesk.web..} (helpdesk-ejb's), enums excepted. */
    private static boolean isApplicationType(JavaClass type) {
        String name = type.getPackageName() + ".";
        return name.startsWith("dev.helpdesk.") && !name.startsWith("dev.helpdesk.web.") && !type.isEnum();
    }
}
