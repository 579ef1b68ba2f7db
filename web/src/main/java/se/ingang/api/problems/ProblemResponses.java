package se.ingang.api.problems;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns any exception into a problem+json response; the one place every mapper goes through. */
final class ProblemResponses {

    private static final Logger LOG = Logger.getLogger(ProblemResponses.class.getName());

    /** Headers a JAX-RS error response carries that the client needs to recover (e.g. Allow on 405). */
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE,
            HttpHeaders.RETRY_AFTER);

    private ProblemResponses() {
    }

    static Response toResponse(Throwable thrown, UriInfo uriInfo) {
        String instance = requestPath(uriInfo);
        Problem problem = ProblemMapping.toProblem(thrown).at(instance);
        if (problem.status() == 503) {
            // Expected while the database restarts; one line each, no stack traces flooding the log.
            LOG.warning(() -> "Request " + instance + " answered 503: database unavailable (" + thrown + ")");
            return Response.status(503).type(Problem.MEDIA_TYPE).entity(problem)
                    .header(HttpHeaders.RETRY_AFTER, ProblemMapping.RETRY_AFTER_SECONDS).build();
        }
        if (problem.status() >= 500) {
            // The client gets no internals, only a reference that support can find in the log.
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Request " + instance + " failed; problem reference " + reference, thrown);
            problem = problem.withDetail(problem.detail() + " Reference: " + reference + ".");
        } else {
            LOG.log(Level.FINE, "Request " + instance + " answered with problem " + problem.status(), thrown);
        }
        var response = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (thrown instanceof WebApplicationException e && e.getResponse() != null) {
            for (String header : KEPT_HEADERS) {
                String value = e.getResponse().getHeaderString(header);
                if (value != null) {
                    response.header(header, value);
                }
            }
        }
        return response.build();
    }

    private static String requestPath(UriInfo uriInfo) {
        try {
            return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
        } catch (RuntimeException outsideRequest) {
            // Mapping must never fail itself; an error without its instance is still an answer.
            return null;
        }
    }
}
