package se.ingang;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The dependency rule of the README ("Modules") for the web module: pages and resources reach
 * the process only through the domain's use cases, and they do not run queries of their own.
 */
class WebDependencyRuleTest {

    private static JavaClasses web;

    @BeforeAll
    static void importWeb() {
        web = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("ingang-ejb"))
                .importPackages("se.ingang.api", "se.ingang.web");
    }

    @Test
    void theWebDoesNotReachTheProcessEngine() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.camunda..", "se.ingang.workflows..")
                .because("a case moves through its process only by the domain's use cases")
                .check(web);
    }

    @Test
    void resourcesAndPagesRunNoQueries() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .because("the boundary only translates; reading and writing belong to the domain's services")
                .check(web);
    }
}
