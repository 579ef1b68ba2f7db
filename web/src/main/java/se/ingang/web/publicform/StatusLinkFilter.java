package se.ingang.web.publicform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Private status links look like /status/{token}; the page itself is a Faces view. The
 * page must never be cached or leak its address to other sites.
 */
@WebFilter("/status/*")
public class StatusLinkFilter extends HttpFilter {

    static final String TOKEN = "se.ingang.web.publicform.statusToken";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        request.setAttribute(TOKEN, path.startsWith("/status/") ? path.substring("/status/".length()) : "");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        request.getRequestDispatcher("/public/status.xhtml").forward(request, response);
    }
}
