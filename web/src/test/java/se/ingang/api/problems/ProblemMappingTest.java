package se.ingang.api.problems;

import static org.assertj.core.api.Assertions.assertThat;
import static se.ingang.api.problems.Violations.path;
import static se.ingang.api.problems.Violations.violation;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import java.util.List;
import java.util.Set;
import org.hibernate.StaleStateException;
import org.junit.jupiter.api.Test;
import se.ingang.api.problems.Problem.FieldError;
import se.ingang.platform.errors.AccessDeniedException;
import se.ingang.platform.errors.ActionNotAllowedException;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.platform.errors.NotFoundException;
import se.ingang.platform.errors.StaleVersionException;

class ProblemMappingTest {

    @Test
    void domainNotFoundIs404WithItsMessage() {
        var problem = ProblemMapping.toProblem(new NotFoundException("Case", "2026-000123"));

        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.title()).isEqualTo("Not found");
        assertThat(problem.detail()).isEqualTo("Case '2026-000123' does not exist");
        assertThat(problem.errors()).isNull();
    }

    @Test
    void ejbExceptionIsUnwrappedToTheDomainCause() {
        var problem = ProblemMapping.toProblem(new EJBException(new NotFoundException("Queue", "BO-X")));

        assertThat(problem.status()).isEqualTo(404);
        assertThat(problem.detail()).contains("BO-X");
    }

    @Test
    void invalidInputIs400WithTheFieldError() {
        var wrapped = new EJBTransactionRolledbackException("rolled back",
                new InvalidInputException("topic", "unknown topic 'x'"));

        var problem = ProblemMapping.toProblem(wrapped);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.title()).isEqualTo("Invalid input");
        assertThat(problem.errors()).containsExactly(new FieldError("topic", "unknown topic 'x'"));
    }

    @Test
    void invalidRequestKeepsEveryFieldInTheOrderFound() {
        var problem = ProblemMapping.toProblem(new InvalidRequestException(List.of(
                new FieldError("size", "must be a whole number from 1 to 200"),
                new FieldError("page", "must be a whole number from 0 to 10737418"))));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).extracting(FieldError::field).containsExactly("size", "page");
    }

    @Test
    void accessDeniedIs403EvenWhenTheContainerWrapsIt() {
        var denied = ProblemMapping.toProblem(new EJBException(new AccessDeniedException("eva may not open case 2026-000001")));

        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.type()).isEqualTo(ProblemMapping.ACCESS_DENIED);
        assertThat(denied.title()).isEqualTo("Forbidden");
        assertThat(denied.detail()).isEqualTo("eva may not open case 2026-000001");
    }

    @Test
    void staleVersionAndRefusedActionsAre409() {
        var stale = ProblemMapping.toProblem(new StaleVersionException("Case 2026-000001", 3, 4));
        var refused = ProblemMapping.toProblem(new EJBException(new ActionNotAllowedException("Cannot close case")));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.title()).isEqualTo("Version conflict");
        assertThat(stale.detail()).contains("version 3").contains("now 4");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.title()).isEqualTo("Action not allowed");
        assertThat(refused.detail()).isEqualTo("Cannot close case");
    }

    @Test
    void optimisticLockDeepInTheChainIs409WithoutProviderDetails() {
        var lock = new OptimisticLockException("Row was updated or deleted by another transaction: service_case#17");
        var thrown = new EJBTransactionRolledbackException("tx", new EJBException(lock));

        var problem = ProblemMapping.toProblem(thrown);

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.detail()).doesNotContain("service_case");
    }

    @Test
    void hibernateStaleStateIsRecognisedByClassNameAlsoInSubclasses() {
        class StaleObjectStateException extends StaleStateException {
            StaleObjectStateException() {
                super("Row was updated or deleted by another transaction");
            }
        }
        var direct = new PersistenceException("flush failed", new StaleStateException("batch update count 0"));
        var subclass = new EJBException(new RuntimeException(new StaleObjectStateException()));

        assertThat(ProblemMapping.toProblem(direct).status()).isEqualTo(409);
        assertThat(ProblemMapping.toProblem(subclass).status()).isEqualTo(409);
    }

    @Test
    void malformedBodyIs400AndNamesTheFieldAndValueButNoJavaType() {
        var binder = new JsonbException("Unable to deserialize property 'channel' because of: "
                + "No enum constant se.ingang.cases.entity.Channel.FAX");
        var thrown = new RuntimeException(new ProcessingException("RESTEASY008200: JSON Binding deserialization error", binder));

        var problem = ProblemMapping.toProblem(thrown);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.title()).isEqualTo("Malformed request body");
        assertThat(problem.detail()).isEqualTo("\"FAX\" is not an allowed value of \"channel\".");
    }

    @Test
    void malformedBodyIsNotCalledAnInternalErrorNorNamesTheEnum() {
        var binder = new JsonbException("Internal error: No enum constant se.ingang.cases.entity.Channel.FAX");

        var problem = ProblemMapping.toProblem(new ProcessingException("RESTEASY008200", binder));

        assertThat(problem.detail()).isEqualTo("\"FAX\" is not an allowed value.");
    }

    @Test
    void aWrongTypeNamesTheFieldOnly() {
        var binder = new JsonbException("Unable to deserialize property 'priority' because of: Cannot create instance "
                + "of a class: class se.ingang.cases.entity.Priority, No default constructor found.");

        var problem = ProblemMapping.toProblem(new ProcessingException("RESTEASY008200", binder));

        assertThat(problem.detail()).isEqualTo("The value of \"priority\" has the wrong type or is not an allowed value.")
                .doesNotContain("se.ingang", "class");
    }

    @Test
    void invalidJsonSyntaxSaysWhere() {
        var location = new JsonLocation() {
            @Override
            public long getLineNumber() {
                return 1;
            }

            @Override
            public long getColumnNumber() {
                return 13;
            }

            @Override
            public long getStreamOffset() {
                return 12;
            }
        };
        var parsing = new JsonParsingException("Unexpected char 99 at (line no=1, column no=13, offset=12)", location);

        var problem = ProblemMapping.toProblem(new ProcessingException("RESTEASY008200", new JsonbException("x", parsing)));

        assertThat(problem.detail()).isEqualTo("The request body is not valid JSON (line 1, column 13).");
    }

    @Test
    void anyOtherUnreadableBodyGetsAPlainSentenceNotTheServersOwnMessage() {
        var problem = ProblemMapping.toProblem(new ProcessingException(
                "RESTEASY008200: class se.ingang.api.cases.RegisterCaseRequest from java.util.ArrayList"));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.detail()).startsWith("The request body is not the JSON object this resource expects")
                .doesNotContain("se.ingang", "java.", "RESTEASY");
    }

    @Test
    void theOutermostKnownExceptionDecides() {
        var refused = new ActionNotAllowedException("Case 2026-000001 is closed");
        refused.initCause(new NotFoundException("Case", "2026-000001"));

        assertThat(ProblemMapping.toProblem(new EJBException(refused)).status()).isEqualTo(409);
    }

    @Test
    void unknownErrorsAre500AndLeakNothing() {
        var sql = new RuntimeException("SQL [select * from service_case] failed at Cases.java:42");
        var problem = ProblemMapping.toProblem(new EJBException(new IllegalStateException("boom", sql)));

        assertThat(problem.status()).isEqualTo(500);
        assertThat(problem.title()).isEqualTo("Internal error");
        assertThat(problem.detail()).doesNotContain("SQL", "Cases.java", "boom");
    }

    @Test
    void aCauseCycleEndsIn500InsteadOfLoopingForever() {
        var first = new RuntimeException("first");
        var second = new RuntimeException("second", first);
        first.initCause(second);

        assertThat(ProblemMapping.toProblem(first).status()).isEqualTo(500);
        assertThat(ProblemMapping.causeChain(first)).containsExactly(first, second);
    }

    @Test
    void constraintViolationsNameTheFieldAsTheClientSentIt() {
        Set<ConstraintViolation<?>> violations = Set.of(
                violation("must not be blank", path("METHOD:register", "PARAMETER:body", "PROPERTY:subject")),
                violation("must be a well-formed email address",
                        path("METHOD:register", "PARAMETER:body", "PROPERTY:customer", "PROPERTY:email")),
                violation("give an e-mail address or a phone number",
                        path("METHOD:register", "PARAMETER:body", "PROPERTY:customer", "BEAN:")));

        var problem = ProblemMapping.toProblem(new ConstraintViolationException(violations));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.title()).isEqualTo("Invalid input");
        assertThat(problem.errors()).containsExactly(
                new FieldError("customer", "give an e-mail address or a phone number"),
                new FieldError("customer.email", "must be a well-formed email address"),
                new FieldError("subject", "must not be blank"));
    }

    @Test
    void aViolationOnTheParameterItselfNamesTheParameter() {
        assertThat(ProblemMapping.fieldOf(path("METHOD:register", "PARAMETER:body"))).isEqualTo("body");
        assertThat(ProblemMapping.fieldOf(path("BEAN:"))).isEqualTo("request");
    }
}
