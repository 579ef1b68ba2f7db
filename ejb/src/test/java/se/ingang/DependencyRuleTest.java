package se.ingang;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The dependency rule of the README ("Modules"): the domain knows no process engine, no HTTP
 * and no pages, so it can be tested and changed without them. The Jakarta EE API jar is on the
 * domain's class path (for JPA, CDI, EJB and mail), so the compiler alone would let JAX-RS,
 * Faces or servlets in; this test does not.
 */
class DependencyRuleTest {

    private static JavaClasses domain;

    @BeforeAll
    static void importDomain() {
        domain = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.ingang");
    }

    @Test
    void theDomainImportsNoProcessEngine() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.camunda..")
                .because("only workflows/ talks to Camunda; the domain reaches it through its own ports")
                .check(domain);
    }

    @Test
    void theDomainImportsNoHttpOrPages() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("jakarta.ws.rs..", "jakarta.faces..", "org.primefaces..", "jakarta.servlet..")
                .because("resources and Faces beans in web/ translate HTTP into use cases, never the other way round")
                .check(domain);
    }

    @Test
    void entitiesDependOnNoUseCase() {
        // Entities may take the control layer's value types (business time, a report filter) as arguments.
        noClasses().that().resideInAPackage("..entity..")
                .should().dependOnClassesThat().resideInAnyPackage("..boundary..")
                .because("an entity holds its own rules; use cases use entities, not the reverse")
                .check(domain);
    }
}
