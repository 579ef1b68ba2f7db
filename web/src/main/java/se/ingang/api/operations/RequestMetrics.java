package se.ingang.api.operations;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.time.Duration;
import se.ingang.operations.control.ApplicationMetrics;
import se.ingang.operations.control.LogContext;

/**
 * Times every API request (ingang_http_requests_seconds by method, route template and status)
 * and names the case in the log context when the path has one ({number}).
 */
@Provider
@jakarta.enterprise.context.ApplicationScoped
public class RequestMetrics implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED = RequestMetrics.class.getName() + ".started";

    @Inject
    ApplicationMetrics metrics;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
        var number = request.getUriInfo().getPathParameters().getFirst("number");
        if (number == null) {
            number = request.getUriInfo().getPathParameters().getFirst("caseNumber");
        }
        LogContext.caseNumber(number);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STARTED) instanceof Long started) {
            metrics.requestServed(request.getMethod(), route(resource), response.getStatus(),
                    Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** The template, e.g. /cases/{number}/notes; "unmatched" for 404s, so unknown paths make no series. */
    static String route(ResourceInfo info) {
        Class<?> type = info == null ? null : info.getResourceClass();
        Method method = info == null ? null : info.getResourceMethod();
        if (type == null || method == null) {
            return "unmatched";
        }
        return join(type.getAnnotation(Path.class), method.getAnnotation(Path.class));
    }

    static String join(Path onClass, Path onMethod) {
        String route = "/" + strip(onClass == null ? "" : onClass.value());
        String rest = strip(onMethod == null ? "" : onMethod.value());
        return rest.isEmpty() ? route : route + "/" + rest;
    }

    private static String strip(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
