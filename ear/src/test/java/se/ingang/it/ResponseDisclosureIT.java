package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Security issue 16, item 12 (the parts outside the login): what the server answers must not tell
 * an attacker about its insides nor be steered by the request — a body that is no valid JSON gets
 * a problem in plain words, naming no Java class or package; a forged Host header never comes
 * back in a Location.
 */
@ExtendWith(ArquillianExtension.class)
class ResponseDisclosureIT {

    /** A Java type or package as parsers print them: se.ingang.…, java.lang.…, org.eclipse.yasson… */
    private static final Pattern JAVA_NAME = Pattern.compile(
            "\\b(se\\.ingang|java|javax|jakarta|org\\.eclipse|org\\.jboss|org\\.glassfish)\\.[a-z]|\\b[a-z]+\\.[a-z]+\\.[A-Z]\\w+|class ");

    private final Api admin = Api.ofThisServer();

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(ResponseDisclosureIT.class);
    }

    @Test
    void malformedJsonIsAProblemInPlainWordsWithoutJavaNames() {
        String valid = Contacts.newCase(Contacts.uniqueEmail(), "exams").toString();
        String[] bodies = {
            "{\"channel\": \"EMAIL\", \"subject\": ",                        // cut off
            "{channel: EMAIL}",                                              // no JSON
            valid.replace("\"EMAIL\"", "\"CARRIER_PIGEON\""),                // no such constant
            valid.replace("\"channel\":\"EMAIL\"", "\"channel\":[1,2]"),     // wrong type
            "[1, 2, 3]",                                                     // array for an object
            "\"just a string\"",
        };
        for (String body : bodies) {
            var response = admin.postRaw("/api/cases", body);
            assertThat(response.status()).as(body + " -> " + response).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            var problem = response.json();
            assertThat(problem.getString("detail", "")).as(body + " -> " + response).isNotBlank();
            assertThat(JAVA_NAME.matcher(response.body()).find()).as("Java names in " + response.body()).isFalse();
            assertThat(response.body()).doesNotContainIgnoringCase("yasson").doesNotContainIgnoringCase("exception");
        }
    }

    @Test
    void aForgedHostHeaderIsNeverEchoedIntoLocation() throws IOException {
        String created = raw("POST", "/api/cases", "evil.example", Contacts.newCase(Contacts.uniqueEmail(), "exams").toString());
        assertThat(statusOf(created)).as(created).isEqualTo(201);
        assertThat(location(created)).as(created).startsWith("/api/cases/").doesNotContain("evil.example");

        String toLogin = raw("GET", "/staff/queue.xhtml", "evil.example", null);
        assertThat(statusOf(toLogin)).as(toLogin).isEqualTo(302);
        assertThat(location(toLogin)).as(toLogin).startsWith("/").doesNotContain("evil.example");
    }

    /** One HTTP/1.1 exchange over a socket: the JDK's client will not send a Host of our choosing. */
    private static String raw(String method, String path, String host, String json) throws IOException {
        URI base = URI.create(Api.baseUrl());
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        var request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n");
        if (json != null) {
            String credentials = Application.TEST_ADMINISTRATOR + ":" + Application.TEST_PASSWORD;
            Application.ensureTestAdministrator();
            request.append("Authorization: Basic ")
                    .append(Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))).append("\r\n")
                    .append("X-Requested-By: ingang-it\r\nContent-Type: application/json\r\n")
                    .append("Content-Length: ").append(body.length).append("\r\n");
        }
        request.append("\r\n");
        try (var socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            var answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            String text = answer.toString(StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            return end < 0 ? text : text.substring(0, end);
        }
    }

    private static int statusOf(String head) {
        return Integer.parseInt(head.split(" ", 3)[1]);
    }

    private static String location(String head) {
        for (String line : head.split("\r\n")) {
            if (line.regionMatches(true, 0, "Location:", 0, 9)) {
                return line.substring(9).trim();
            }
        }
        return "";
    }
}
