package se.ingang.web.login;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where a login attempt comes from: the connection's peer, or, when the peer is one of the trusted
 * proxies (INGANG_TRUSTED_PROXIES / ingang.trusted-proxies, IP addresses separated by commas), the
 * nearest address in X-Forwarded-For that is not a trusted proxy itself. Anyone can write that
 * header, so it counts only when it comes from a proxy we know, and only the part it added.
 */
final class ClientAddress {

    /**
     * Only literal addresses are parsed, so a header value never causes a DNS lookup: four numbers up
     * to 255, or hexadecimal with colons (which the JDK never looks up).
     */
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final int MAX_KEY_LENGTH = 64;

    private final Set<String> trustedProxies;

    ClientAddress(Set<String> trustedProxies) {
        this.trustedProxies = trustedProxies;
    }

    static ClientAddress configured() {
        String listed = ConfigProvider.getConfig().getOptionalValue("ingang.trusted-proxies", String.class).orElse("");
        return new ClientAddress(Arrays.stream(listed.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(ClientAddress::normalised).collect(Collectors.toUnmodifiableSet()));
    }

    String of(HttpServerExchange exchange) {
        var peer = exchange.getSourceAddress();
        String address = peer == null || peer.getAddress() == null ? "unknown" : peer.getAddress().getHostAddress();
        if (!trustedProxies.contains(address)) {
            return address;
        }
        var hops = new ArrayList<String>();
        var headers = exchange.getRequestHeaders().get(Headers.X_FORWARDED_FOR);
        if (headers != null) {
            headers.forEach(value -> hops.addAll(List.of(value.split(","))));
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = normalised(hops.get(i).trim());
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return address;
    }

    private static String normalised(String text) {
        if (text.length() <= 45 && (IPV4.matcher(text).matches() || IPV6.matcher(text).matches())) {
            try {
                return InetAddress.getByName(text).getHostAddress();
            } catch (UnknownHostException notAnAddress) {
                // kept as written, below
            }
        }
        return text.length() > MAX_KEY_LENGTH ? text.substring(0, MAX_KEY_LENGTH) : text;
    }
}
