package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The customer group is a property of the contact (issue 18, item 4): a person once registered
 * as MEDIA who writes as a STUDENT is routed and timed as a student; a contact that names no
 * group gets the person's usual one; triage can change it.
 */
@ExtendWith(ArquillianExtension.class)
class ContactGroupIT {

    private final Api api = Api.ofThisServer();
    private final CaseReads reads = new CaseReads(api);

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(ContactGroupIT.class);
    }

    @Test
    void aKnownCustomerWritingInAnotherGroupIsRoutedAndTimedAsThatGroup() {
        String email = Contacts.uniqueEmail();
        var asJournalist = register(email, "MEDIA");
        var asStudent = register(email, "STUDENT");
        var unsaid = register(email, null);

        assertThat(asJournalist.getString("customerGroup")).isEqualTo("MEDIA");
        assertThat(asStudent.getString("customerGroup")).as("the group the contact names").isEqualTo("STUDENT");
        assertThat(unsaid.getString("customerGroup")).as("the person's usual group").isEqualTo("MEDIA");
        assertThat(suggestedGroup(asJournalist)).isEqualTo("communications");
        assertThat(suggestedGroup(asStudent)).isNotEqualTo("communications");
        assertThat(suggestedGroup(unsaid)).isEqualTo("communications");
        // sla-policy.dmn: MEDIA gets a first response within 2 hours, a student's normal e-mail more.
        assertThat(target(asJournalist)).isEqualTo("PT2H");
        assertThat(target(asStudent)).isNotEqualTo("PT2H");
    }

    @Test
    void triageChangesTheCasesGroupAndRoutesByIt() {
        String email = Contacts.uniqueEmail();
        register(email, "MEDIA");
        var asStudent = register(email, "STUDENT");
        String number = asStudent.getString("number");

        var triaged = api.post("/api/cases/" + number + "/triage", Contacts.withVersion(asStudent)
                .add("customerGroup", "MEDIA").add("outcome", "ROUTE").build());

        assertThat(triaged.status()).as(triaged.toString()).isEqualTo(200);
        assertThat(triaged.json().getString("customerGroup")).isEqualTo("MEDIA");
        await().atMost(Duration.ofSeconds(60)).until(() -> reads.caseJson(number).getString("queue").equals("communications"));
    }

    private JsonObject register(String email, String group) {
        var customer = Json.createObjectBuilder().add("name", "Kim Berg").add("email", email);
        if (group != null) {
            customer.add("group", group);
        }
        var body = Json.createObjectBuilder(Contacts.newCase(email, "exams")).add("customer", customer).build();
        var created = api.post("/api/cases", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private String suggestedGroup(JsonObject theCase) {
        var suggestion = api.get("/api/cases/" + theCase.getString("number") + "/routing-suggestion");
        assertThat(suggestion.status()).as(suggestion.toString()).isEqualTo(200);
        return suggestion.json().getString("group");
    }

    private String target(JsonObject theCase) {
        return reads.deadline(theCase.getString("number"), "FIRST_RESPONSE").getString("target");
    }
}
