package se.ingang.web.hardening;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;

/** A Location as a path on this server: see {@link RelativeRedirects}. */
final class Locations {

    private Locations() {
    }

    /**
     * The location as a path from the root (with query and fragment): absolute addresses of the
     * host the request named, and paths relative to the request's, become one; other hosts' addresses
     * and anything that is no URI stay as given.
     */
    static String relative(String location, HttpServletRequest request) {
        return relative(location, request.getRequestURI(), request.getServerName(), request.getServerPort());
    }

    static String relative(String location, String requestPath, String host, int port) {
        if (location == null || location.isEmpty()) {
            return location;
        }
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            return location;
        }
        if (uri.getRawAuthority() != null) {
            if (!sameServer(uri, host, port)) {
                return location;
            }
        } else if (uri.getScheme() != null) {
            return location; // mailto:, urn: … no address on a server
        } else if (!location.startsWith("/")) {
            uri = URI.create(requestPath).resolve(uri);
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        // "//evil.example" as a path would be read as another host by the browser.
        path = "/" + path.replaceFirst("^/+", "");
        return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    }

    private static boolean sameServer(URI uri, String host, int port) {
        int uriPort = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return uri.getHost() != null && uri.getHost().equalsIgnoreCase(host) && uriPort == port;
    }
}
