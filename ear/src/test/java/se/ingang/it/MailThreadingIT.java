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

/**
 * Answers thread back: by our subject tag, by In-Reply-To/References alone, through other
 * ticket systems' tags, and one message to several of our mailboxes is one case. Staff
 * replies go out by SMTP with their own Message-ID, In-Reply-To, References and the tag.
 */
@ExtendWith(ArquillianExtension.class)
class MailThreadingIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final Api api = Api.ofThisServer();

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(MailThreadingIT.class);
    }

    @Test
    void aReplyWithOurTagIsAppendedEvenBehindAForeignTicketTag() {
        var box = MailChannel.newMailbox(api, "tag");
        String sender = MailChannel.uniqueSender();
        String number = newCase(box, sender, "Fråga om antagning");

        MailChannel.deliver(sender, List.of(box.address()), MailChannel.simple(sender, box.address(),
                "Re: [Ticket #4711] [Ärende " + number + "] Fråga om antagning", MailChannel.uniqueMessageId(),
                "Här kommer en komplettering."));
        MailChannel.deliver(sender, List.of(box.address()), MailChannel.simple(sender, box.address(),
                "[Ärende #77] Ett annat systems ärende", MailChannel.uniqueMessageId(), "Ny fråga, inget av våra ärenden."));

        await().atMost(WAIT).until(() -> MailChannel.allTakenIn(box.address(), 3));
        assertThat(inbound(number)).containsExactly("Hej, jag har en fråga.", "Här kommer en komplettering.");
        assertThat(MailChannel.casesOf(api, sender)).as("the foreign tag opened its own case").hasSize(2);
    }

    @Test
    void aStaffReplyGoesOutThreadedAndTheAnswerByReferencesAloneIsAppended() {
        var box = MailChannel.newMailbox(api, "refs");
        String sender = MailChannel.uniqueSender();
        String original = MailChannel.uniqueMessageId();
        MailChannel.deliver(sender, List.of(box.address()), MailChannel.simple(sender, box.address(), "Studieintyg", original,
                "Hej, jag behöver ett studieintyg."));
        await().atMost(WAIT).until(() -> MailChannel.casesOf(api, sender).size() == 1);
        String number = MailChannel.casesOf(api, sender).get(0).getString("number");

        var replied = api.post("/api/cases/" + number + "/replies", Contacts.textAt(api, number, "Intyget är skickat."));
        assertThat(replied.status()).as(replied.toString()).isEqualTo(201);

        await().atMost(WAIT).until(() -> MailChannel.inboxOf(sender).stream().anyMatch(m -> m.text().contains("Intyget är skickat")));
        var reply = MailChannel.inboxOf(sender).stream().filter(m -> m.text().contains("Intyget är skickat")).findFirst().orElseThrow();
        assertThat(reply.subject()).isEqualTo("[Ärende " + number + "] Studieintyg");
        assertThat(reply.inReplyTo()).isEqualTo(original);
        assertThat(reply.references()).startsWith(original);
        assertThat(reply.messageId()).isNotBlank().isNotEqualTo(original);
        // Marked SENT when the SMTP transaction's commit follows the send.
        await().atMost(WAIT).until(() -> outboundReplies(number).stream().allMatch(m -> m.getString("status").equals("SENT")));
        assertThat(outboundReplies(number)).singleElement()
                .satisfies(m -> assertThat(m.getString("messageId")).isEqualTo(reply.messageId()));

        MailChannel.deliver(sender, List.of(box.address()), MailChannel.simple(sender, box.address(), "Tack!", MailChannel.uniqueMessageId(),
                "Tack, det kom fram.", "In-Reply-To: " + reply.messageId(), "References: " + original + " " + reply.messageId()));
        await().atMost(WAIT).until(() -> inbound(number).size() == 2);
        assertThat(inbound(number)).last().isEqualTo("Tack, det kom fram.");
        assertThat(MailChannel.casesOf(api, sender)).hasSize(1);
    }

    @Test
    void oneMessageToTwoOfOurMailboxesIsOneCaseWithOneReceipt() {
        var first = MailChannel.newMailbox(api, "to");
        var second = MailChannel.newMailbox(api, "cc");
        String sender = MailChannel.uniqueSender();
        MailChannel.deliver(sender, List.of(first.address(), second.address()), MailChannel.simple(sender, first.address(),
                "Till två brevlådor", MailChannel.uniqueMessageId(), "Hej båda!", "Cc: " + second.address()));

        await().atMost(WAIT).until(() -> MailChannel.allTakenIn(first.address(), 1) && MailChannel.allTakenIn(second.address(), 1));
        assertThat(MailChannel.casesOf(api, sender)).hasSize(1);
        await().atMost(WAIT).until(() -> MailChannel.inboxOf(sender).size() == 1);
        assertThat(MailChannel.inboxOf(sender)).hasSize(1);
    }

    @Test
    void anAnswerToAClosedCaseOpensALinkedFollowUpCase() {
        var box = MailChannel.newMailbox(api, "closed");
        String sender = MailChannel.uniqueSender();
        String number = newCase(box, sender, "Lånekort");
        var created = api.get("/api/cases/" + number).json();
        var resolved = api.post("/api/cases/" + number + "/triage", Contacts.withVersion(created)
                .add("outcome", "RESOLVE").add("reply", "Lånekortet är förnyat.").build());
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        var closed = api.post("/api/cases/" + number + "/close", Contacts.version(resolved.json()));
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);

        MailChannel.deliver(sender, List.of(box.address()), MailChannel.simple(sender, box.address(),
                "Re: [Ärende " + number + "] Lånekort", MailChannel.uniqueMessageId(), "Det fungerar inte ändå."));

        await().atMost(WAIT).until(() -> MailChannel.casesOf(api, sender).size() == 2);
        String followUp = MailChannel.casesOf(api, sender).get(1).getString("number");
        var detail = api.get("/api/cases/" + followUp).json();
        assertThat(detail.getString("followsCase")).isEqualTo(number);
        assertThat(inbound(followUp)).contains("Det fungerar inte ändå.");
    }

    private String newCase(MailChannel.Box box, String sender, String subject) {
        MailChannel.deliver(sender, List.of(box.address()), MailChannel.simple(sender, box.address(), subject,
                MailChannel.uniqueMessageId(), "Hej, jag har en fråga."));
        await().atMost(WAIT).until(() -> MailChannel.casesOf(api, sender).size() == 1);
        return MailChannel.casesOf(api, sender).get(0).getString("number");
    }

    private List<JsonObject> outboundReplies(String number) {
        return MailChannel.mailOf(api, number).getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("kind").equals("REPLY")).toList();
    }

    private List<String> inbound(String number) {
        return api.get("/api/cases/" + number).json().getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("kind").equals("INBOUND_MESSAGE")).map(e -> e.getString("body")).toList();
    }
}
