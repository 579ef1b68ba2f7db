package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.organisation.entity.StaffRole;

/**
 * Issue 16, item 10: reading personal data leaves an entry in the audit trail (GDPR
 * accountability): who, when, what (case or customer id) and through which channel. Opening a
 * case, looking up a customer record, searching, listing an organisation's people and exporting a
 * person's data each record exactly one entry, which auditors find in GET /api/audit (and on the
 * case's own trail). Each test reads as a fresh user, so the entries it counts are its own.
 */
@ExtendWith(ArquillianExtension.class)
class PersonalDataReadAuditIT {

    private final Api admin = Api.ofThisServer();

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(PersonalDataReadAuditIT.class);
    }

    @Test
    void openingACaseThroughTheApiIsOnItsTrail() {
        String manager = Application.newLoginUser(StaffRole.MANAGER);
        String number = People.register(admin, Contacts.uniqueEmail(), "other");

        assertThat(Application.apiAs(manager).get("/api/cases/" + number).status()).isEqualTo(200);

        var entries = readsBy(manager, "CASE", number);
        assertThat(entries).as("one entry per read").hasSize(1);
        assertThat(entries.get(0).getString("action")).isEqualTo("READ");
        assertThat(entries.get(0).getString("channel")).isEqualTo("API");
        var caseTrail = admin.get("/api/cases/" + number + "/audit").body();
        assertThat(caseTrail).as("the case's own trail shows who read it").contains(manager);
    }

    @Test
    void lookingUpACustomerRecordIsRecordedForThatPerson() {
        String agent = Application.newLoginUser(StaffRole.AGENT, "fo-registry");
        String email = Contacts.uniqueEmail();
        People.register(admin, email, "other");
        long customer = People.recordOf(admin, email);

        var found = Application.apiAs(agent).get("/api/customer-records?email=" + email);
        assertThat(found.status()).isEqualTo(200);

        var entries = readsBy(agent, "CUSTOMER", String.valueOf(customer));
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).getString("action")).isEqualTo("LOOKED_UP");
    }

    @Test
    void aSearchIsRecordedWithWhatWasSearchedAndHowManyHits() {
        String agent = Application.newLoginUser(StaffRole.AGENT, "fo-registry");
        String word = "sokord" + UUID.randomUUID().toString().substring(0, 8);
        var theCase = Json.createObjectBuilder(Contacts.newCase(Contacts.uniqueEmail(), "other"))
                .add("subject", "Fråga " + word).build();
        assertThat(admin.post("/api/cases", theCase).status()).isEqualTo(201);

        var hits = Application.apiAs(agent).get("/api/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
        assertThat(hits.status()).isEqualTo(200);

        var entries = readsBy(agent, "SEARCH", null);
        assertThat(entries).hasSize(1);
        var entry = entries.get(0);
        assertThat(entry.getString("action")).isEqualTo("SEARCHED");
        assertThat(entry.getString("entityId")).isEqualTo(word);
        assertThat(entry.getString("field")).isEqualTo("hits");
        assertThat(entry.getString("newValue")).isEqualTo(String.valueOf(hits.json().getJsonNumber("total").longValue()));
    }

    @Test
    void listingAnOrganisationsPeopleIsRecorded() {
        String manager = Application.newLoginUser(StaffRole.MANAGER);
        String email = Contacts.uniqueEmail();
        People.register(admin, email, "other");
        long organisation = People.newOrganisation(admin, "SCHOOL");
        People.join(admin, email, organisation);

        assertThat(Application.apiAs(manager).get("/api/organisations/" + organisation + "/members").status()).isEqualTo(200);

        var entries = readsBy(manager, "ORGANISATION", String.valueOf(organisation));
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).getString("action")).isEqualTo("MEMBERS_READ");
        assertThat(entries.get(0).getString("newValue")).as("how many people were listed").isEqualTo("1");
    }

    @Test
    void aPersonalDataExportIsRecorded() {
        String manager = Application.newLoginUser(StaffRole.MANAGER);
        String email = Contacts.uniqueEmail();
        People.register(admin, email, "other");
        long customer = People.recordOf(admin, email);

        assertThat(Application.apiAs(manager).get("/api/customers/" + customer + "/personal-data").status()).isEqualTo(200);

        var entries = readsBy(manager, "CUSTOMER", String.valueOf(customer));
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).getString("action")).isEqualTo("EXPORTED");
    }

    /** The caller's own lists (the queue) are not personal-data reads of anyone in particular: no entry. */
    @Test
    void theCallersOwnQueueListLeavesNoEntry() {
        String agent = Application.newLoginUser(StaffRole.AGENT, "fo-registry");
        People.register(admin, Contacts.uniqueEmail(), "other");

        assertThat(Application.apiAs(agent).get("/api/cases?queue=fo-registry").status()).isEqualTo(200);

        assertThat(readsBy(agent, null, null)).isEmpty();
    }

    private List<JsonObject> readsBy(String actor, String entity, String id) {
        var query = new StringBuilder("/api/audit?size=50&actor=").append(actor);
        if (entity != null) {
            query.append("&entity=").append(entity);
        }
        if (id != null) {
            query.append("&id=").append(URLEncoder.encode(id, StandardCharsets.UTF_8));
        }
        var found = admin.get(query.toString());
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        return found.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }



}
