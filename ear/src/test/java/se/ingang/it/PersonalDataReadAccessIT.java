package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.organisation.entity.StaffRole;

/**
 * Issue 16, item 11: any member of staff, handlers included, could look up the name, e-mail and
 * phone behind any address, list any organisation's people, read every registered title and the
 * whole improvement log. Now: agents, managers and administrators look up customer records and
 * organisation members (the front office identifies callers); a handler only the people of cases
 * they may work; the telephone system's account nothing. The registry shows a title only to those
 * who may read its case (and those who read everything), and its words are not searchable by
 * others; the improvement log shows an item to managers, administrators, its owner and whoever
 * logged it.
 */
@ExtendWith(ArquillianExtension.class)
class PersonalDataReadAccessIT {

    private final Api admin = Api.ofThisServer();

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(PersonalDataReadAccessIT.class);
    }

    @Test
    void aHandlerLooksUpOnlyThePeopleOfCasesTheyWork_anAgentAnyone_theTelephoneSystemNoOne() {
        String handler = Application.newLoginUser(StaffRole.HANDLER, "fo-registry");
        String agent = Application.newLoginUser(StaffRole.AGENT, "fo-registry");
        String integration = Application.newLoginUser(StaffRole.INTEGRATION);
        String own = Contacts.uniqueEmail();
        People.register(admin, own, "other");                   // fo-registry: the handler's queue
        String stranger = Contacts.uniqueEmail();
        People.register(admin, stranger, "exams");              // fo-study: not theirs

        assertThat(records(handler, own)).hasSize(1);
        assertThat(records(handler, stranger)).as("filtered, not named").isEmpty();
        assertThat(records(agent, stranger)).hasSize(1);
        var refused = Application.apiAs(integration).get("/api/customer-records?email=" + stranger);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
    }

    @Test
    void aHandlerSeesOnlyThoseMembersOfAnOrganisationWhoseCasesTheyWork() {
        String handler = Application.newLoginUser(StaffRole.HANDLER, "fo-registry");
        String agent = Application.newLoginUser(StaffRole.AGENT, "fo-study");
        String own = Contacts.uniqueEmail();
        People.register(admin, own, "other");
        String stranger = Contacts.uniqueEmail();
        People.register(admin, stranger, "exams");
        long organisation = People.newOrganisation(admin, "SCHOOL");
        People.join(admin, own, organisation);
        People.join(admin, stranger, organisation);

        assertThat(emails(members(handler, organisation))).containsExactly(own);
        assertThat(emails(members(agent, organisation))).containsExactlyInAnyOrder(own, stranger);
        String integration = Application.newLoginUser(StaffRole.INTEGRATION);
        assertThat(Application.apiAs(integration).get("/api/organisations/" + organisation + "/members").status())
                .isEqualTo(403);
    }

    @Test
    void aRegisteredTitleIsShownOnlyToThoseWhoMayReadTheCase() {
        String handler = Application.newLoginUser(StaffRole.HANDLER, "fo-registry");
        String manager = Application.newLoginUser(StaffRole.MANAGER);
        String tag = "Titel" + UUID.randomUUID().toString().substring(0, 8);
        String stranger = People.register(admin, Contacts.uniqueEmail(), "exams");
        String own = People.register(admin, Contacts.uniqueEmail(), "other");
        registerInRegistry(stranger, "Överklagande Åsa Öberg " + tag);
        registerInRegistry(own, "Intyg " + tag);

        var byNumber = registry(handler, stranger);
        assertThat(byNumber.getJsonArray("items")).hasSize(1);
        assertThat(byNumber.getJsonArray("items").getJsonObject(0).get("title")).as("withheld").isIn(null, JsonValue.NULL);
        var byTitle = registry(handler, tag.toLowerCase());
        assertThat(byTitle.getJsonNumber("total").longValue()).as("only titles they may read are searched").isEqualTo(1);
        assertThat(byTitle.getJsonArray("items").getJsonObject(0).getString("caseNumber")).isEqualTo(own);
        var export = Application.apiAs(handler).get("/api/registry/export?q=" + stranger, "text/csv");
        assertThat(export.body()).contains(stranger).doesNotContain("Åsa Öberg");

        var byManager = registry(manager, stranger);
        assertThat(byManager.getJsonArray("items").getJsonObject(0).getString("title")).contains("Åsa Öberg");
    }

    @Test
    void anImprovementItemIsReadByItsOwnerAndManagersOnly() {
        String owner = Application.newLoginUser(StaffRole.HANDLER, "fo-registry");
        String other = Application.newLoginUser(StaffRole.HANDLER, "fo-registry");
        String manager = Application.newLoginUser(StaffRole.MANAGER);
        var feedback = Json.createObjectBuilder(Contacts.newCase(Contacts.uniqueEmail(), "other")).add("type", "FEEDBACK").build();
        String number = admin.post("/api/cases", feedback).json().getString("number");
        var logged = admin.post("/api/improvements", Json.createObjectBuilder()
                .add("caseNumber", number).add("cause", "Otydlig blankett").add("action", "Skriva om blanketten")
                .add("owner", owner)
                .add("dueDate", Application.clock().localNow().toLocalDate().plusDays(30).toString()).build());
        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
        var item = logged.json();

        assertThat(improvementCases(owner)).contains(number);
        assertThat(improvementCases(manager)).contains(number);
        assertThat(improvementCases(other)).doesNotContain(number);
        var moved = Application.apiAs(other).put("/api/improvements/" + item.getInt("id") + "/status",
                Json.createObjectBuilder().add("version", item.getJsonNumber("version").longValue()).add("status", "DONE").build());
        assertThat(moved.status()).as(moved.toString()).isEqualTo(403);
    }

    private List<String> improvementCases(String username) {
        var listed = Application.apiAs(username).get("/api/improvements");
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        return array(listed.body()).getValuesAs(JsonObject.class).stream().map(i -> i.getString("caseNumber")).toList();
    }

    private JsonObject registry(String username, String q) {
        var found = Application.apiAs(username).get("/api/registry?q=" + q);
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        return found.json();
    }

    private void registerInRegistry(String number, String title) {
        var registered = admin.post("/api/cases/" + number + "/registration", Json.createObjectBuilder().add("title", title).build());
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    }

    private JsonArray records(String username, String email) {
        var found = Application.apiAs(username).get("/api/customer-records?email=" + email);
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        return array(found.body());
    }

    private JsonArray members(String username, long organisation) {
        var found = Application.apiAs(username).get("/api/organisations/" + organisation + "/members");
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        return array(found.body());
    }

    private static List<String> emails(JsonArray people) {
        return people.getValuesAs(JsonObject.class).stream().map(p -> p.getString("email")).toList();
    }




    private static JsonArray array(String body) {
        return Json.createReader(new StringReader(body)).readArray();
    }
}
