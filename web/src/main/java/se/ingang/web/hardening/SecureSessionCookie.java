package se.ingang.web.hardening;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Behind a proxy that ends TLS the session cookie is marked Secure, so a browser never sends it
 * over plain HTTP. With TLS on the server itself, the handler secure-cookie in
 * undertow-handlers.conf (a file that takes no comments) marks every cookie of an https
 * response; this setting would be too much there, as it also applies to plain HTTP, where a
 * Secure cookie is never sent back and nobody could stay logged in.
 */
@WebListener
public class SecureSessionCookie implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (TlsSettings.behindTlsProxy()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
