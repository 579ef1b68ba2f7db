package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.organisation.entity.StaffRole;

/**
 * Who may do what with the e-mail channel: a case's mail and attachments follow the case's
 * rules; mailboxes and their health are read by managers and administrators, the quarantine by administrators
 * and changed (or retried) by administrators only.
 */
@ExtendWith(ArquillianExtension.class)
class MailAccessIT {

    private final Api admin = Api.ofThisServer();

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(MailAccessIT.class);
    }

    @Test
    void aCasesMailAndAttachmentsFollowTheCase() {
        var created = admin.post("/api/cases", Contacts.newCase(Contacts.uniqueEmail(), "it-account"));
        String number = created.json().getString("number");
        var outsider = Application.apiAs(Application.newLoginUser(StaffRole.AGENT, "fo-study"));
        var member = Application.apiAs(Application.newLoginUser(StaffRole.AGENT, "fo-it"));

        var refused = outsider.get("/api/cases/" + number + "/mail");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().getString("type")).isEqualTo("urn:ingang:problem:access-denied");
        assertThat(outsider.download("/api/cases/" + number + "/attachments/1").status()).isEqualTo(403);

        assertThat(outsider.get("/api/cases/" + number + "/attachments").status()).isEqualTo(403);
        var files = member.get("/api/cases/" + number + "/attachments");
        assertThat(files.status()).as(files.toString()).isEqualTo(200);

        var mail = member.get("/api/cases/" + number + "/mail");
        assertThat(mail.status()).as(mail.toString()).isEqualTo(200);
        assertThat(mail.json().getString("caseNumber")).isEqualTo(number);
        assertThat(mail.json().getJsonArray("messages")).as("registered by hand: no mail").isEmpty();
        assertThat(member.download("/api/cases/" + number + "/attachments/999999999").status())
                .as("allowed, but there is no such attachment").isEqualTo(404);
    }

    @Test
    void mailboxesAreReadByManagersAndChangedByAdministrators() {
        String address = "access-" + UUID.randomUUID().toString().substring(0, 8) + "@ingang.test";
        var manager = Application.apiAs(Application.newLoginUser(StaffRole.MANAGER));
        var agent = Application.apiAs(Application.newLoginUser(StaffRole.AGENT, "fo-registry"));

        assertThat(manager.post("/api/mailboxes", MailChannel.settings(address, "INGANG_MAILBOX_IT_ACCESS", 993, false).build())
                .status()).isEqualTo(403);
        var created = admin.post("/api/mailboxes", MailChannel.settings(address, "INGANG_MAILBOX_IT_ACCESS", 993, false).build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        long version = created.json().getJsonNumber("version").longValue();

        assertThat(manager.get("/api/mailboxes").status()).isEqualTo(200);
        assertThat(manager.get("/api/mailboxes/" + id).status()).isEqualTo(200);
        assertThat(manager.get("/api/mailboxes/health").status()).isIn(200, 503);
        assertThat(manager.put("/api/mailboxes/" + id, MailChannel.settings(address, "INGANG_MAILBOX_IT_ACCESS", 993, false)
                .add("pollSeconds", 300).add("version", version).build()).status()).isEqualTo(403);
        assertThat(agent.get("/api/mailboxes").status()).isEqualTo(403);
        assertThat(agent.get("/api/mailboxes/" + id).status()).isEqualTo(403);
        assertThat(agent.get("/api/mailboxes/health").status()).isEqualTo(403);
        assertThat(admin.get("/api/mailboxes/" + id).json().getInt("pollSeconds")).as("unchanged").isEqualTo(1);
    }

    @Test
    void theQuarantineIsForAdministratorsOnly() {
        var manager = Application.apiAs(Application.newLoginUser(StaffRole.MANAGER));
        var handler = Application.apiAs(Application.newLoginUser(StaffRole.HANDLER, "finance"));

        assertThat(manager.get("/api/mail-quarantine").status()).as("raw mail of strangers: administrators only").isEqualTo(403);
        assertThat(handler.get("/api/mail-quarantine").status()).isEqualTo(403);
        assertThat(handler.download("/api/mail-quarantine/999999999/raw").status()).isEqualTo(403);
        assertThat(manager.post("/api/mail-quarantine/999999999/retry", jakarta.json.JsonValue.EMPTY_JSON_OBJECT).status())
                .isEqualTo(403);
        assertThat(admin.post("/api/mail-quarantine/999999999/retry", jakarta.json.JsonValue.EMPTY_JSON_OBJECT).status())
                .as("allowed, but nothing is held under that id").isEqualTo(404);
    }
}
