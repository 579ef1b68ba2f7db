package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.util.ArrayList;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.organisation.entity.StaffRole;

/**
 * Security issue 16, item 13 (second half): the telephone system's machine account opens no case,
 * list, search result or page — 403, not 200 with an empty list — and still reports calls.
 */
@ExtendWith(ArquillianExtension.class)
class IntegrationAccountIT {

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(IntegrationAccountIT.class);
    }

    @Test
    void theMachineAccountIsRefusedEveryListSearchAndPage() {
        String phoneSystem = Application.newLoginUser(StaffRole.INTEGRATION);
        var api = Application.apiAs(phoneSystem);
        var pages = StaffPages.as(phoneSystem);

        // Every path tried before the test fails, so one run shows all that are still open.
        var open = new ArrayList<String>();
        for (String path : new String[] {"/api/cases", "/api/cases?queue=fo-study", "/api/search?q=tentamen",
                "/api/customer-records?email=kund@example.se", "/api/consultations?group=finance", "/api/queues",
                "/api/canned-answers", "/api/notifications", "/api/organisations", "/api/topics",
                "/api/phone-queues"}) {
            var response = api.get(path);
            if (response.status() != 403) {
                open.add("GET " + path + ": " + response.status());
            }
        }
        int registered = api.post("/api/cases", Contacts.newCase(Contacts.uniqueEmail(), "exams")).status();
        if (registered != 403) {
            open.add("POST /api/cases: " + registered);
        }
        for (String page : new String[] {"/staff/queue.xhtml", "/staff/groups.xhtml", "/staff/search.xhtml?q=x",
                "/staff/mine.xhtml", "/staff/consultations.xhtml", "/staff/index.xhtml", "/staff/phone.xhtml"}) {
            int status = pages.get(page).statusCode();
            if (status != 403) {
                open.add("GET " + page + ": " + status);
            }
        }
        assertThat(open).isEmpty();
    }

    @Test
    void theMachineAccountStillReportsCalls() {
        var api = Application.apiAs(Application.newLoginUser(StaffRole.INTEGRATION));
        var event = api.post("/api/calls/events", Json.createObjectBuilder().build());
        assertThat(event.status()).as("a CTI event reaches the resource (which judges the body): " + event)
                .isIn(200, 201, 400);
    }
}
