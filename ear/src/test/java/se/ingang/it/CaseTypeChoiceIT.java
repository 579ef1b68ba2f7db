package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.organisation.entity.StaffRole;

/**
 * CALLBACK is a type the system gives missed calls: no form offers it and no request may
 * choose it, so nobody reaches its short deadline by picking it (issue 18, item 1).
 */
@ExtendWith(ArquillianExtension.class)
class CaseTypeChoiceIT {

    private final Api api = Api.ofThisServer();
    private final CaseReads reads = new CaseReads(api);

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(CaseTypeChoiceIT.class);
    }

    @Test
    void registeringACaseOfTypeCallbackIsRefusedWithAProblemNamingTheField() {
        var body = Json.createObjectBuilder(Contacts.newCase(Contacts.uniqueEmail(), "exams"))
                .add("channel", "WEB").add("type", "CALLBACK").build();

        var refused = api.post("/api/cases", body);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("type", "CALLBACK");
    }

    @Test
    void triageCannotTurnACaseIntoACallback() {
        var created = api.post("/api/cases", Contacts.newCase(Contacts.uniqueEmail(), "exams")).json();
        String number = created.getString("number");

        var refused = api.post("/api/cases/" + number + "/triage",
                Contacts.withVersion(created).add("type", "CALLBACK").add("outcome", "ROUTE").build());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(reads.caseJson(number).getString("type")).isEqualTo("SUPPORT");
        assertThat(reads.deadline(number, "FIRST_RESPONSE").getString("target")).isNotEqualTo("PT2H");
    }

    @Test
    void thePublicFormOffersTheTypesPeopleChooseAndNoMissingText() throws Exception {
        for (String lang : new String[] {"sv", "en"}) {
            var page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(Api.baseUrl() + "/public/form.xhtml?lang=" + lang)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("value=\"SUPPORT\"", "value=\"FEEDBACK\"")
                    .doesNotContain("CALLBACK").doesNotContain("???");
        }
    }

    @Test
    void theTriageFormOffersNoCallbackType() {
        String number = api.post("/api/cases", Contacts.newCase(Contacts.uniqueEmail(), "it-account")).json()
                .getString("number");
        String agent = Application.newLoginUser(StaffRole.AGENT, "fo-it");

        var page = StaffPages.as(agent).get("/staff/case.xhtml?number=" + number);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("value=\"FAULT_REPORT\"").doesNotContain("value=\"CALLBACK\"")
                .doesNotContain("???");
    }
}
