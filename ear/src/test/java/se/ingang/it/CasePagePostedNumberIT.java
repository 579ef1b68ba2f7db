package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.organisation.entity.StaffRole;

/**
 * Security issue 16, item 3: the staff case page keeps the case it was opened for. A form posted
 * from case A's page with {@code number=B} (a case the poster may work) must neither act on A's
 * data under B's permission check nor touch B.
 */
@ExtendWith(ArquillianExtension.class)
class CasePagePostedNumberIT {

    private final Api admin = Api.ofThisServer();
    private final CaseReads reads = new CaseReads(admin);

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(CasePagePostedNumberIT.class);
    }

    @Test
    void aWithdrawalPostedFromCaseAsPageWithAnotherNumberChangesNeitherCase() {
        // A came in through fo-it and went on to the IT service desk: the fo-it agent still reads
        // it (the customer's history) but no longer works it. B still waits in fo-it: the agent works it.
        String a = admin.post("/api/cases", Contacts.newCase(Contacts.uniqueEmail(), "it-account")).json().getString("number");
        var routed = admin.post("/api/cases/" + a + "/triage", Contacts.withVersion(reads.caseJson(a))
                .add("outcome", "ROUTE").add("group", "it-service-desk").build());
        assertThat(routed.status()).as(routed.toString()).isEqualTo(200);
        JsonObject consultation = admin.post("/api/consultations", Json.createObjectBuilder().add("caseNumber", a)
                .add("group", "finance").add("question", "Är fakturan betald?").build()).json();
        String b = admin.post("/api/cases", Contacts.newCase(Contacts.uniqueEmail(), "it-account")).json().getString("number");
        long bVersion = reads.caseJson(b).getJsonNumber("version").longValue();
        String agent = Application.newLoginUser(StaffRole.AGENT, "fo-it");
        assertThat(Application.apiAs(agent).post("/api/consultations/" + consultation.getInt("id") + "/withdrawal",
                Contacts.version(consultation)).status()).as("the API refuses the agent this withdrawal").isEqualTo(403);

        var pages = StaffPages.as(agent);
        var page = pages.get("/staff/case.xhtml?number=" + a);
        assertThat(page.statusCode()).as("the agent reads case A").isEqualTo(200);
        String button = StaffPages.buttonId(page.body(), ": finance\"");
        var form = new LinkedHashMap<String, String>();
        form.put("consultList", "consultList");
        form.put(button, button);
        form.put("number", b);
        form.put("jakarta.faces.ViewState", StaffPages.viewState(page.body()));
        var posted = pages.post("/staff/case.xhtml", form);
        assertThat(posted.statusCode()).as("the post was taken as a postback of A's view").isLessThan(500);

        assertThat(admin.get("/api/consultations/" + consultation.getInt("id")).json().getString("status"))
                .as("A's consultation, which the agent may not withdraw").isEqualTo("OPEN");
        assertThat(reads.events(a)).doesNotContain("CONSULTATION_WITHDRAWN");
        assertThat(reads.caseJson(b).getJsonNumber("version").longValue()).as("B unchanged").isEqualTo(bVersion);
        assertThat(reads.events(b)).doesNotContain("CONSULTATION_WITHDRAWN");
    }
}
