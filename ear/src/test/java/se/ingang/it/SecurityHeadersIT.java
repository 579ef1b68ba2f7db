package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;


import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.organisation.entity.StaffRole;

/**
 * Security issue 16, item 8: every response — staff page, login redirect, public form, API,
 * static resource, error — carries the browser protections; over TLS also HSTS and Secure cookies.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(SecurityHeadersIT.class);
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() {
        String agent = Application.newLoginUser(StaffRole.AGENT, "fo-study");
        var staff = StaffPages.as(agent);
        var anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        Map<String, HttpHeaders> responses = new LinkedHashMap<>();
        responses.put("staff page", staff.get("/staff/queue.xhtml").headers());
        responses.put("case page", staff.get("/staff/case.xhtml?number=2026-999999").headers());
        responses.put("API", staff.get("/api/queues").headers());
        responses.put("API error", staff.get("/api/no-such-resource").headers());
        responses.put("page not found", staff.get("/staff/no-such-page.xhtml").headers());
        responses.put("anonymous staff page", get(anonymous, Api.baseUrl() + "/staff/queue.xhtml").headers());
        responses.put("anonymous API (401)", get(anonymous, Api.baseUrl() + "/api/cases").headers());
        responses.put("public form", get(anonymous, Api.baseUrl() + "/public/form.xhtml").headers());
        responses.put("Faces resource", get(anonymous, Api.baseUrl()
                + "/jakarta.faces.resource/form.css.xhtml?ln=publicform").headers());
        responses.put("PrimeFaces script", get(anonymous, Api.baseUrl()
                + "/jakarta.faces.resource/core.js.xhtml?ln=primefaces").headers());
        responses.put("static file", get(anonymous, Api.baseUrl() + "/resources/ingang/css/staff.css").headers());

        // Every response checked before the test fails, so one run shows all that miss something.
        var missing = new ArrayList<String>();
        responses.forEach((what, headers) -> {
            if (!headers.firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'")) {
                missing.add(what + ": Content-Security-Policy with frame-ancestors");
            }
            if (!headers.firstValue("X-Frame-Options").orElse("").equals("DENY")) {
                missing.add(what + ": X-Frame-Options");
            }
            if (!headers.firstValue("X-Content-Type-Options").orElse("").equals("nosniff")) {
                missing.add(what + ": X-Content-Type-Options");
            }
            if (headers.firstValue("Referrer-Policy").isEmpty()) {
                missing.add(what + ": Referrer-Policy");
            }
            if (headers.firstValue("Strict-Transport-Security").isPresent()) {
                missing.add(what + ": HSTS over plain HTTP");
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void overTlsResponsesCarryHstsAndTheSessionCookieIsSecure() throws Exception {
        String agent = Application.newLoginUser(StaffRole.AGENT, "fo-study");
        var tls = HttpClient.newBuilder().sslContext(trustingAnyCertificate()).sslParameters(withoutHostCheck())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        var page = tls.send(HttpRequest.newBuilder(URI.create(httpsUrl() + "/staff/queue.xhtml"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (agent + ":" + Application.TEST_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).startsWith("max-age="));
        assertThat(page.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .isNotEmpty().allSatisfy(c -> assertThat(c).containsIgnoringCase("; secure").containsIgnoringCase("httponly"));
        assertThat(get(tls, httpsUrl() + "/api/cases").headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    /** The server's https listener (WildFly's own self-signed certificate): 8443 plus the port offset. */
    private static String httpsUrl() {
        String offset = System.getProperty("jboss.socket.binding.port-offset", "0");
        return "https://127.0.0.1:" + (8443 + Integer.parseInt(offset));
    }

    private static HttpResponse<String> get(HttpClient client, String url) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static SSLContext trustingAnyCertificate() throws Exception {
        var context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new X509ExtendedTrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, new SecureRandom());
        return context;
    }

    private static SSLParameters withoutHostCheck() {
        var parameters = new SSLParameters();
        parameters.setEndpointIdentificationAlgorithm(null);
        return parameters;
    }
}
