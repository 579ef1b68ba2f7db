package se.ingang.api.problems;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.ingang.api.problems.Problem.FieldError;
import se.ingang.platform.errors.AccessDeniedException;
import se.ingang.platform.errors.ActionNotAllowedException;
import se.ingang.platform.errors.InvalidInputException;
import se.ingang.platform.errors.NotFoundException;
import se.ingang.platform.errors.StaleVersionException;

/**
 * Decides which problem an exception is. Pure, so it can be tested without a server.
 * The container wraps what the domain throws (EJBException, transaction rollbacks, RESTEasy's
 * reader failures), so we walk the cause chain and let the first exception we know decide.
 */
public final class ProblemMapping {

    static final String INVALID_INPUT = "urn:ingang:problem:invalid-input";
    static final String MALFORMED_BODY = "urn:ingang:problem:malformed-body";
    static final String NOT_FOUND = "urn:ingang:problem:not-found";
    static final String STALE_VERSION = "urn:ingang:problem:stale-version";
    static final String ACTION_NOT_ALLOWED = "urn:ingang:problem:action-not-allowed";
    static final String INTERNAL_ERROR = "urn:ingang:problem:internal-error";
    static final String ACCESS_DENIED = "urn:ingang:problem:access-denied";
    static final String SERVICE_UNAVAILABLE = "urn:ingang:problem:service-unavailable";
    /** Seconds a client should wait before trying again when the database is unreachable. */
    public static final int RETRY_AFTER_SECONDS = 10;
    /** RFC 9457: plain HTTP errors with nothing more to say use about:blank and the status phrase. */
    static final String ABOUT_BLANK = "about:blank";

    /** Hibernate is not on our class path; its optimistic-lock failure is recognised by name. */
    private static final Set<String> STALE_STATE_CLASSES = Set.of("org.hibernate.StaleStateException");

    private ProblemMapping() {
    }

    public static Problem toProblem(Throwable thrown) {
        List<Throwable> chain = causeChain(thrown);
        for (int i = 0; i < chain.size(); i++) {
            Problem known = known(chain.get(i), chain.subList(i, chain.size()));
            if (known != null) {
                return known;
            }
        }
        return internalError();
    }

    static Problem internalError() {
        return new Problem(INTERNAL_ERROR, "Internal error", 500,
                "An unexpected error occurred. It has been logged.", null, null);
    }

    /** The exception and its causes, outermost first; guards against cause cycles. */
    static List<Throwable> causeChain(Throwable thrown) {
        var seen = Collections.newSetFromMap(new IdentityHashMap<Throwable, Boolean>());
        var chain = new ArrayList<Throwable>();
        for (Throwable t = thrown; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static Problem known(Throwable t, List<Throwable> rest) {
        if (DatabaseFailures.isUnavailable(t)) {
            // Nothing the caller did wrong and nothing to see in a stack trace: try again shortly.
            return new Problem(SERVICE_UNAVAILABLE, "Service unavailable", 503,
                    "The database cannot be reached at the moment. Nothing was changed; try again shortly.", null, null);
        }
        if (t instanceof ConstraintViolationException e) {
            return invalidInput(fieldErrors(e.getConstraintViolations()));
        }
        if (t instanceof InvalidRequestException e) {
            return invalidInput(e.errors());
        }
        if (t instanceof InvalidInputException e) {
            return invalidInput(fieldErrors(e.fieldErrors()));
        }
        if (t instanceof NotFoundException) {
            return new Problem(NOT_FOUND, "Not found", 404, t.getMessage(), null, null);
        }
        if (t instanceof StaleVersionException) {
            return new Problem(STALE_VERSION, "Version conflict", 409, t.getMessage(), null, null);
        }
        if (t instanceof OptimisticLockException || isStaleState(t)) {
            // The provider's message names tables and rows; the caller only needs to reload.
            return new Problem(STALE_VERSION, "Version conflict", 409,
                    "Someone else changed this at the same time. Reload it and try again.", null, null);
        }
        if (t instanceof AccessDeniedException) {
            return new Problem(ACCESS_DENIED, "Forbidden", 403, t.getMessage(), null, null);
        }
        if (t instanceof ActionNotAllowedException) {
            return new Problem(ACTION_NOT_ALLOWED, "Action not allowed", 409, t.getMessage(), null, null);
        }
        if (t instanceof ProcessingException || t instanceof JsonbException || t instanceof JsonException
                || t instanceof BadRequestException) {
            return new Problem(MALFORMED_BODY, "Malformed request body", 400, BodyErrors.describe(rest), null, null);
        }
        if (t instanceof WebApplicationException e) {
            return httpError(e);
        }
        return null;
    }

    private static Problem invalidInput(List<FieldError> errors) {
        String detail = errors.size() == 1 ? "One field is invalid." : errors.size() + " fields are invalid.";
        return new Problem(INVALID_INPUT, "Invalid input", 400, detail, null, errors);
    }

    private static Problem httpError(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return internalError();
        }
        var known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : known.getReasonPhrase();
        String detail = null;
        if (e instanceof jakarta.ws.rs.NotFoundException) {
            detail = "There is no resource at this address.";
        } else if (e instanceof NotAllowedException) {
            detail = "This resource does not support that HTTP method.";
        } else if (e instanceof NotSupportedException) {
            detail = "Send the request body as application/json.";
        }
        return new Problem(ABOUT_BLANK, title, status, detail, null, null);
    }

    private static boolean isStaleState(Throwable t) {
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            if (STALE_STATE_CLASSES.contains(c.getName())) {
                return true;
            }
        }
        return false;
    }

    static List<FieldError> fieldErrors(Set<ConstraintViolation<?>> violations) {
        var errors = new ArrayList<FieldError>();
        if (violations != null) {
            for (var v : violations) {
                errors.add(new FieldError(fieldOf(v.getPropertyPath()), v.getMessage()));
            }
        }
        return sorted(errors);
    }

    private static List<FieldError> fieldErrors(Map<String, String> fieldErrors) {
        var errors = new ArrayList<FieldError>();
        fieldErrors.forEach((field, message) -> errors.add(new FieldError(field, message)));
        return sorted(errors);
    }

    /** Stable order, so clients and tests see the same list for the same input. */
    private static List<FieldError> sorted(List<FieldError> errors) {
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        return List.copyOf(errors);
    }

    /**
     * The field as the client knows it. A violation on a resource method reads
     * "register.body.customer.email": the method and parameter are our Java names, so only
     * the property names count. A violation on a parameter itself (a null body, a query
     * parameter) has no property nodes, and then the parameter's name is the field.
     */
    static String fieldOf(Path path) {
        var properties = new ArrayList<String>();
        String parameter = null;
        if (path != null) {
            for (Path.Node node : path) {
                switch (node.getKind()) {
                    case PROPERTY -> properties.add(node.getName());
                    case PARAMETER -> parameter = node.getName();
                    default -> {
                        // method, bean (class-level constraint), container element: not part of the field name
                    }
                }
            }
        }
        if (!properties.isEmpty()) {
            return String.join(".", properties);
        }
        return parameter != null ? parameter : "request";
    }
}
