package se.ingang.web.hardening;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Whether a request reached the user over TLS. Directly, the server knows it (an https listener);
 * behind a reverse proxy that ends TLS it cannot, so the operator says so with
 * INGANG_BEHIND_TLS_PROXY=true (ingang.behind-tls-proxy): then every response counts as sent
 * over TLS — HSTS and Secure cookies — which is only right when plain HTTP never reaches users.
 */
final class TlsSettings {

    static final String BEHIND_TLS_PROXY = "ingang.behind-tls-proxy";

    private TlsSettings() {
    }

    static boolean behindTlsProxy() {
        return ConfigProvider.getConfig().getOptionalValue(BEHIND_TLS_PROXY, Boolean.class).orElse(false);
    }

    static boolean overTls(HttpServletRequest request, boolean behindTlsProxy) {
        return behindTlsProxy || request.isSecure();
    }
}
