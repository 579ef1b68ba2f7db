package se.ingang.web.hardening;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The browser protections on every response of the application — staff pages, the public form,
 * the API, static resources and error pages: no framing by other sites (clickjacking), no
 * guessing of content types, no case addresses in the Referer sent to other sites, and a
 * Content-Security-Policy. Pages with a stricter policy of their own (login, survey, status
 * link) keep it: a header already set is left alone, whichever runs first.
 * <p>
 * Faces pages need inline scripts and eval: Mojarra's and PrimeFaces' generated event handlers
 * and partial-response scripts. What the policy still forbids is what an injected script
 * would need next: loading code or sending data to another origin, plugins, a foreign base URL
 * or form target. The API's answers are data, never documents: nothing may load from them.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD,
        DispatcherType.ERROR, DispatcherType.ASYNC})
public class SecurityHeaders extends HttpFilter {

    static final String PAGE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    /** Two years, as the HSTS preload list asks; once sent, browsers refuse plain HTTP for that long. */
    static final String HSTS = "max-age=63072000; includeSubDomains";

    private final boolean behindTlsProxy = TlsSettings.behindTlsProxy();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        setIfAbsent(response, "Content-Security-Policy", path.startsWith("/api/") ? API_POLICY : PAGE_POLICY);
        setIfAbsent(response, "X-Frame-Options", "DENY");
        setIfAbsent(response, "X-Content-Type-Options", "nosniff");
        setIfAbsent(response, "Referrer-Policy", "same-origin");
        if (TlsSettings.overTls(request, behindTlsProxy)) {
            setIfAbsent(response, "Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }

    private static void setIfAbsent(HttpServletResponse response, String name, String value) {
        if (!response.containsHeader(name)) {
            response.setHeader(name, value);
        }
    }
}
