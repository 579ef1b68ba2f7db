package se.ingang.api.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import se.ingang.operations.control.LogContext;

/**
 * Every request gets an id: the caller's X-Request-Id when it is sane (a proxy or client that
 * already tags its calls), else a new one. It is in every server.log line of the request
 * (%X{requestId}) and in the response header, so a user's report can be found in the log.
 */
@WebFilter(urlPatterns = "/*")
public class RequestIds extends HttpFilter {

    public static final String HEADER = "X-Request-Id";

    /** Letters, digits and . _ - : up to 64 — nothing that could forge log lines or headers. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = idFor(request.getHeader(HEADER));
        LogContext.clear();
        LogContext.requestId(id);
        response.setHeader(HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            LogContext.clear();
        }
    }

    static String idFor(String incoming) {
        if (incoming != null && SANE.matcher(incoming).matches()) {
            return incoming;
        }
        return UUID.randomUUID().toString();
    }
}
