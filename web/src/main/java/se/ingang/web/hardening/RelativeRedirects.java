package se.ingang.web.hardening;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Every Location this application sends (redirects, 201 Created) is a path on this server, never
 * an absolute address built from the request's Host header: the server writes sendRedirect and
 * JAX-RS writes created resources as http://HOST/…, so a forged Host (a poisoned cache, a
 * link-building proxy) would send users to another site. Browsers and API clients resolve a
 * relative Location against the address they asked (RFC 9110 §10.2.2); behind a proxy that is
 * the public address. Addresses of other hosts (a single sign-on provider) stay as they are.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD,
        DispatcherType.ERROR, DispatcherType.ASYNC})
public class RelativeRedirects extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new RelativeLocation(request, response));
    }

    private static final class RelativeLocation extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        RelativeLocation(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        /** As the servlet API's sendRedirect, without the server's turning the address into an absolute one. */
        @Override
        public void sendRedirect(String location) throws IOException {
            if (isCommitted()) {
                throw new IllegalStateException("The response is already committed: too late to redirect");
            }
            resetBuffer();
            setStatus(SC_FOUND);
            setHeader("Location", location);
            flushBuffer();
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, isLocation(name) ? Locations.relative(value, request) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, isLocation(name) ? Locations.relative(value, request) : value);
        }

        private static boolean isLocation(String name) {
            return "Location".equalsIgnoreCase(name);
        }
    }
}
