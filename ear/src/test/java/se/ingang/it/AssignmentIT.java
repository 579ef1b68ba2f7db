package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.organisation.entity.StaffRole;

/**
 * Ownership in the back office: claim, assign to a colleague, release, "my cases", and the
 * per-queue policy that gives a case landing in the queue its owner (round robin, least
 * loaded among the present members). Each test makes its own back-office group, so no other
 * test's cases are assigned automatically.
 */
@ExtendWith(ArquillianExtension.class)
class AssignmentIT {

    private final Api admin = Api.ofThisServer();

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(AssignmentIT.class);
    }

    @Test
    void manualQueueLeavesTheCaseForAMemberToClaimAssignAndRelease() {
        String group = newGroup("MANUAL");
        String first = Application.newLoginUser(StaffRole.HANDLER, group);
        String second = Application.newLoginUser(StaffRole.HANDLER, group);
        var routed = routeTo(group);
        String number = routed.getString("number");
        assertThat(routed.containsKey("assignee") && !routed.isNull("assignee")).isFalse();

        var firstApi = Application.apiAs(first);
        var claimed = firstApi.put("/api/cases/" + number + "/assignee", Contacts.version(routed));
        assertThat(claimed.status()).as(claimed.toString()).isEqualTo(200);
        assertThat(claimed.json().getString("assignee")).isEqualTo(first);
        assertThat(AccessIT.numbers(firstApi.get("/api/cases?assignee=me"))).containsExactly(number);

        var handedOver = firstApi.put("/api/cases/" + number + "/assignee",
                Contacts.withVersion(claimed.json()).add("user", second).build());
        assertThat(handedOver.json().getString("assignee")).isEqualTo(second);
        assertThat(AccessIT.numbers(firstApi.get("/api/cases?assignee=me"))).isEmpty();
        assertThat(AccessIT.numbers(Application.apiAs(second).get("/api/cases?assignee=me"))).containsExactly(number);

        var released = Application.apiAs(second).delete("/api/cases/" + number + "/assignee?version="
                + handedOver.json().getJsonNumber("version").longValue());
        assertThat(released.status()).as(released.toString()).isEqualTo(200);
        assertThat(released.json().isNull("assignee") || !released.json().containsKey("assignee")).isTrue();
        assertThat(new CaseReads(admin).events(number)).containsSubsequence("ROUTED", "ASSIGNED", "ASSIGNED", "RELEASED");
    }

    @Test
    void roundRobinGivesEachMemberATurnInUsernameOrder() {
        String group = newGroup("ROUND_ROBIN");
        var handlers = new ArrayList<>(List.of(
                Application.newStaffMember(StaffRole.HANDLER, group),
                Application.newStaffMember(StaffRole.HANDLER, group),
                Application.newStaffMember(StaffRole.HANDLER, group)));
        // An agent in the group is no candidate: only handlers own back-office cases.
        Application.newStaffMember(StaffRole.AGENT, group);
        handlers.sort(null);

        var owners = new ArrayList<String>();
        for (int i = 0; i < 4; i++) {
            owners.add(routeTo(group).getString("assignee"));
        }
        assertThat(owners).containsExactly(handlers.get(0), handlers.get(1), handlers.get(2), handlers.get(0));
    }

    @Test
    void leastLoadedPicksThePresentMemberWithFewestOpenCases() {
        String group = newGroup("LEAST_LOADED");
        String busy = Application.newLoginUser(StaffRole.HANDLER, group);
        String free = Application.newLoginUser(StaffRole.HANDLER, group);
        String away = Application.newLoginUser(StaffRole.HANDLER, group);
        present(busy, true);
        present(free, true);
        present(away, false);
        // busy already owns two open cases of the group, claimed by hand.
        for (int i = 0; i < 2; i++) {
            admin.put("/api/queues/" + group + "/assignment-policy", policy("MANUAL"));
            var c = routeTo(group);
            assertThat(Application.apiAs(busy).put("/api/cases/" + c.getString("number") + "/assignee",
                    Contacts.version(c)).status()).isEqualTo(200);
        }
        admin.put("/api/queues/" + group + "/assignment-policy", policy("LEAST_LOADED"));

        var owners = new ArrayList<String>();
        for (int i = 0; i < 3; i++) {
            owners.add(routeTo(group).getString("assignee"));
        }
        // free has 0, 1, then 2 against busy's 2: ties go by username.
        assertThat(owners.subList(0, 2)).containsExactly(free, free);
        assertThat(owners.get(2)).isEqualTo(busy.compareTo(free) < 0 ? busy : free);
        assertThat(owners).doesNotContain(away);
    }

    @Test
    void aTransferredCaseGetsAnOwnerInItsNewGroup() {
        String from = newGroup("MANUAL");
        String to = newGroup("ROUND_ROBIN");
        String handler = Application.newStaffMember(StaffRole.HANDLER, to);
        var routed = routeTo(from);
        assertThat(routed.isNull("assignee") || !routed.containsKey("assignee")).isTrue();

        var moved = admin.post("/api/cases/" + routed.getString("number") + "/transfer",
                Contacts.withVersion(routed).add("group", to).add("note", "Hör till er.").build());
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().getString("assignee")).isEqualTo(handler);
    }

    @Test
    void presenceIsSetByTheStaffMemberThemselves() {
        String handler = Application.newLoginUser(StaffRole.HANDLER);
        var me = Application.apiAs(handler);
        assertThat(me.get("/api/me").json().getBoolean("present")).isFalse();
        var set = me.put("/api/me/presence", Json.createObjectBuilder().add("present", true).build());
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(me.get("/api/me").json().getBoolean("present")).isTrue();
    }

    private String newGroup(String policy) {
        String code = "it-group-" + UUID.randomUUID().toString().substring(0, 8);
        var created = admin.post("/api/queues", Json.createObjectBuilder().add("code", code)
                .add("name", "Testgrupp " + code).add("kind", "BACK_OFFICE").build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var changed = admin.put("/api/queues/" + code + "/assignment-policy", policy(policy));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().getString("assignmentPolicy")).isEqualTo(policy);
        return code;
    }

    private void present(String username, boolean present) {
        var response = Application.apiAs(username).put("/api/me/presence",
                Json.createObjectBuilder().add("present", present).build());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private JsonObject routeTo(String group) {
        var created = admin.post("/api/cases", Contacts.newCase(Contacts.uniqueEmail(), "other"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var routed = admin.post("/api/cases/" + created.json().getString("number") + "/triage",
                Contacts.withVersion(created.json()).add("outcome", "ROUTE").add("group", group).build());
        assertThat(routed.status()).as(routed.toString()).isEqualTo(200);
        return routed.json();
    }

    private static JsonObject policy(String policy) {
        return Json.createObjectBuilder().add("policy", policy).build();
    }
}
