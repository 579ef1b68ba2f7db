package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.mail.boundary.MailArchive;

/** Auto-replies, bulk mail and bounces never open a case or get a receipt; a bounce lands on its case. */
@ExtendWith(ArquillianExtension.class)
class MailNoiseIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final Api api = Api.ofThisServer();

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(MailNoiseIT.class);
    }

    @Test
    void autoRepliesAndBulkMailOpenNoCaseAndGetNoReceipt() {
        var box = MailChannel.newMailbox(api, "noise");
        String away = MailChannel.uniqueSender();
        String list = MailChannel.uniqueSender();
        String robot = MailChannel.uniqueSender();
        MailChannel.deliver(away, List.of(box.address()), MailChannel.simple(away, box.address(), "Frånvaro: semester",
                MailChannel.uniqueMessageId(), "Jag är borta till måndag.", "Auto-Submitted: auto-replied"));
        MailChannel.deliver(list, List.of(box.address()), MailChannel.simple(list, box.address(), "Nyhetsbrev",
                MailChannel.uniqueMessageId(), "Veckans nyheter.", "Precedence: bulk"));
        MailChannel.deliver(robot, List.of(box.address()), MailChannel.simple(robot, box.address(), "Out of office",
                MailChannel.uniqueMessageId(), "I am away.", "X-Autoreply: yes"));

        await().atMost(WAIT).until(() -> MailChannel.allTakenIn(box.address(), 3));
        for (String sender : List.of(away, list, robot)) {
            assertThat(MailChannel.casesOf(api, sender)).as(sender).isEmpty();
            assertThat(MailChannel.inboxOf(sender)).as("no receipt to " + sender).isEmpty();
        }
    }

    @Test
    void anOutOfOfficeAnswerToOurReceiptIsNotedOnTheCaseWithoutReopeningOrAnotherReceipt() {
        var box = MailChannel.newMailbox(api, "ooo");
        String sender = MailChannel.uniqueSender();
        MailChannel.deliver(sender, List.of(box.address()), MailChannel.simple(sender, box.address(), "Fråga", MailChannel.uniqueMessageId(), "Hej!"));
        await().atMost(WAIT).until(() -> MailChannel.inboxOf(sender).size() == 1);
        var receipt = MailChannel.inboxOf(sender).get(0);
        String number = MailChannel.casesOf(api, sender).get(0).getString("number");

        MailChannel.deliver(sender, List.of(box.address()), MailChannel.simple(sender, box.address(), "Autosvar: " + receipt.subject(),
                MailChannel.uniqueMessageId(), "Jag är på semester.", "Auto-Submitted: auto-replied", "In-Reply-To: " + receipt.messageId()));

        await().atMost(WAIT).until(() -> notes(number).stream().anyMatch(n -> n.contains("automatic reply")));
        var detail = api.get("/api/cases/" + number).json();
        assertThat(detail.getString("status")).isEqualTo("NEW");
        assertThat(detail.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("kind").equals("INBOUND_MESSAGE"))).hasSize(1);
        assertThat(MailChannel.inboxOf(sender)).hasSize(1);
    }

    @Test
    void aBounceOfOurReplyIsAttachedToItsCaseAndMarksTheAddressAsFailing() {
        var box = MailChannel.newMailbox(api, "bounce");
        String sender = MailChannel.uniqueSender();
        MailChannel.deliver(sender, List.of(box.address()), MailChannel.simple(sender, box.address(), "Fråga om lån",
                MailChannel.uniqueMessageId(), "Hej!"));
        await().atMost(WAIT).until(() -> MailChannel.casesOf(api, sender).size() == 1);
        String number = MailChannel.casesOf(api, sender).get(0).getString("number");
        api.post("/api/cases/" + number + "/replies", Contacts.textAt(api, number, "Svar på din fråga."));
        await().atMost(WAIT).until(() -> MailChannel.inboxOf(sender).stream().anyMatch(m -> m.text().contains("Svar på din fråga")));
        String ourReply = MailChannel.inboxOf(sender).stream().filter(m -> m.text().contains("Svar på din fråga")).findFirst()
                .orElseThrow().messageId();

        // The test server refuses the null sender (MAIL FROM:<>), so the report carries the empty Return-Path itself.
        MailChannel.deliver("mailer-daemon@mx.example.se", List.of(box.address()), MailChannel.raw(
                "Return-Path: <>",
                "From: Mail Delivery System <MAILER-DAEMON@mx.example.se>",
                "To: " + box.address(),
                "Subject: Undelivered Mail Returned to Sender",
                "Message-ID: " + MailChannel.uniqueMessageId(),
                "Auto-Submitted: auto-replied",
                "MIME-Version: 1.0",
                "Content-Type: multipart/report; report-type=delivery-status; boundary=\"dsn\"",
                "",
                "--dsn",
                "Content-Type: text/plain",
                "",
                "Your message could not be delivered.",
                "--dsn",
                "Content-Type: message/delivery-status",
                "",
                "Reporting-MTA: dns; mx.example.se",
                "",
                "Final-Recipient: rfc822; " + sender,
                "Action: failed",
                "Status: 5.1.1",
                "Diagnostic-Code: smtp; 550 5.1.1 user unknown",
                "",
                "--dsn",
                "Content-Type: text/rfc822-headers",
                "",
                "Message-ID: " + ourReply,
                "Subject: [Ärende " + number + "] Fråga om lån",
                "",
                "--dsn--"));

        await().atMost(WAIT).until(() -> notes(number).stream().anyMatch(n -> n.contains("could not be delivered")));
        assertThat(notes(number)).anySatisfy(n -> assertThat(n).contains(sender, "5.1.1"));
        assertThat(MailChannel.casesOf(api, "mailer-daemon@mx.example.se")).isEmpty();
        assertThat(MailChannel.casesOf(api, sender)).hasSize(1);
        MailArchive archive = Application.lookup("java:global/ingang/ingang-ejb/MailArchive!" + MailArchive.class.getName());
        assertThat(archive.isFailing(sender)).isTrue();
    }

    private List<String> notes(String number) {
        return api.get("/api/cases/" + number).json().getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("kind").equals("INTERNAL_NOTE")).map(e -> e.getString("body")).toList();
    }
}
