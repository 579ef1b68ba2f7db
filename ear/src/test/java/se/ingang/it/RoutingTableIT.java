package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Administering the routing table over HTTP: view, download, upload a change (a new version)
 * and have a broken upload refused without any change. The uploaded change only rewords a
 * rule's description, so routing stays the same for the other tests running beside this one.
 */
@ExtendWith(ArquillianExtension.class)
class RoutingTableIT {

    private final Api api = Api.ofThisServer();

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(RoutingTableIT.class);
    }

    @Test
    void theTableIsShownDownloadedAndAChangedOneBecomesTheNextVersion() {
        var before = table();
        assertThat(before.getString("decisionKey")).isEqualTo("routing");
        assertThat(before.getJsonArray("inputs").getJsonObject(0).getString("expression")).isEqualTo("customerGroup");
        assertThat(before.getJsonArray("rules").size()).isGreaterThan(5);

        var download = api.get("/api/routing-table/dmn", "application/xml");
        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/xml");
        assertThat(download.body()).contains("<decision id=\"routing\"");

        String description = "IT and telephony (checked " + UUID.randomUUID() + ")";
        String changed = download.body().replaceFirst("<description>IT and telephony[^<]*</description>",
                "<description>" + description + "</description>");
        var uploaded = api.send("PUT", "/api/routing-table/dmn", "application/xml", changed);

        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
        int version = uploaded.json().getInt("version");
        assertThat(version).isGreaterThan(before.getInt("version"));
        assertThat(table().getJsonArray("rules").getValuesAs(JsonObject.class))
                .anyMatch(rule -> description.equals(rule.getString("description", null)));
        assertThat(api.get("/api/routing-table/dmn", "application/xml").body()).contains(description);

        String number = api.post("/api/cases", Contacts.newCase(Contacts.uniqueEmail(), "it-account")).json().getString("number");
        var suggestion = api.get("/api/cases/" + number + "/routing-suggestion");
        assertThat(suggestion.json().getString("group")).as("the new version routes").isEqualTo("it-service-desk");
    }

    @Test
    void aBrokenUploadIsA400ProblemAndChangesNothing() {
        int version = table().getInt("version");
        String xml = api.get("/api/routing-table/dmn", "application/xml").body();

        var notDmn = api.send("PUT", "/api/routing-table/dmn", "application/xml", "<definitions");
        assertThat(notDmn.status()).as(notDmn.toString()).isEqualTo(400);
        assertThat(notDmn.contentType()).startsWith("application/problem+json");

        var typo = api.send("PUT", "/api/routing-table/dmn", "application/xml",
                xml.replace("<text>\"finance\"</text>", "<text>\"fnance\"</text>"));
        assertThat(typo.status()).as(typo.toString()).isEqualTo(400);
        assertThat(typo.body()).contains("fnance");

        var otherDecision = api.send("PUT", "/api/routing-table/dmn", "application/xml",
                xml.replace("<decision id=\"routing\"", "<decision id=\"routing-two\""));
        assertThat(otherDecision.status()).isEqualTo(400);

        assertThat(table().getInt("version")).isEqualTo(version);
    }

    /** Issue 16, item 1: an output entry in JUEL ran a command on the server while the upload was validated. */
    @Test
    void anUploadThatWouldRunACommandOnTheServerIsRefusedAndRunsNothing() throws java.io.IOException {
        int version = table().getInt("version");
        String xml = api.get("/api/routing-table/dmn", "application/xml").body();
        var marker = java.nio.file.Files.createTempDirectory("routing-upload").resolve("ran");
        String command = "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null)"
                + ".exec('touch " + marker + "').waitFor()}";
        String attack = xml.replaceFirst("<outputEntry id=\"Rule1_Group\">\\s*<text>[^<]*</text>",
                "<outputEntry id=\"Rule1_Group\" expressionLanguage=\"juel\"><text>" + java.util.regex.Matcher.quoteReplacement(command) + "</text>");
        assertThat(attack).isNotEqualTo(xml);

        var refused = api.send("PUT", "/api/routing-table/dmn", "application/xml", attack);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("only FEEL").doesNotContain("Process");
        assertThat(marker).as("the command never ran").doesNotExist();
        assertThat(table().getInt("version")).isEqualTo(version);
    }

    private JsonObject table() {
        var response = api.get("/api/routing-table");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
