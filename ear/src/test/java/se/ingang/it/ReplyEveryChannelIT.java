package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.ingang.publicform.boundary.PublicForm;

/**
 * Every answer reaches the customer, whatever the channel (issue 15, "Out"): the reply, the
 * question and the resolving reply of a web-form, phone, visit and e-mail case arrive in the
 * customer's mailbox, in their language, tagged, with a working private status link, quoting
 * their last message, and threaded — on the customer's last mail for e-mail cases, on our own
 * previous mail for the others. A case without an address refuses to "send" to nobody.
 */
@ExtendWith(ArquillianExtension.class)
class ReplyEveryChannelIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern LINK = Pattern.compile("http\\S+/status/([A-Za-z0-9_-]{43})");

    private final Api api = Api.ofThisServer();

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(ReplyEveryChannelIT.class);
    }

    @Test
    void aWebFormCustomerGetsEveryAnswerInTheLanguageTheyChose() {
        String email = Contacts.uniqueEmail();
        var created = register("WEB", email, "Mitt examensbevis", "Hej! När kommer mitt examensbevis?", "en");
        answeredByStatusPage(created, email, English.TEXTS);
    }

    @Test
    void aCallerGetsEveryAnswerInSwedish() {
        String email = Contacts.uniqueEmail();
        var created = register("PHONE", email, "Studielån", "Ringde om sitt studielån och vill ha besked.", null);
        answeredByStatusPage(created, email, Swedish.TEXTS);
    }

    @Test
    void aVisitorWhoSpokeEnglishGetsEveryAnswerInEnglish() {
        String email = Contacts.uniqueEmail();
        var created = register("VISIT", email, "Library card", "Visited the desk: would like a new library card, thanks", null);
        answeredByStatusPage(created, email, English.TEXTS);
    }

    @Test
    void anEmailCustomerGetsEveryAnswerThreadedOnTheirOwnLastMail() {
        var box = MailChannel.newMailbox(api, "every");
        String sender = MailChannel.uniqueSender();
        String original = MailChannel.uniqueMessageId();
        MailChannel.deliver(sender, List.of(box.address()), MailChannel.simple(sender, box.address(), "Studieintyg", original,
                "Hej, jag behover ett studieintyg."));
        await().atMost(WAIT).until(() -> MailChannel.casesOf(api, sender).size() == 1);
        String number = MailChannel.casesOf(api, sender).get(0).getString("number");
        route(number, api.get("/api/cases/" + number).json());

        var reply = replyArrives(number, sender, "Vi tittar på ditt intyg.", Swedish.TEXTS.reply());
        assertThat(reply.inReplyTo()).isEqualTo(original);
        assertThat(reply.references()).startsWith(original);
        assertThat(reply.text()).contains("> Hej, jag behover ett studieintyg.");

        var asked = api.post("/api/cases/" + number + "/questions", Contacts.withVersion(api.get("/api/cases/" + number).json())
                .add("text", "Vilket program läser du?").build());
        assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
        var question = arrives(number, sender, "Vilket program läser du?", Swedish.TEXTS.question());
        assertThat(question.inReplyTo()).isEqualTo(original);
        assertThat(question.references()).contains(original, reply.messageId());

        String answer = MailChannel.uniqueMessageId();
        MailChannel.deliver(sender, List.of(box.address()), MailChannel.simple(sender, box.address(), "Re: " + question.subject(),
                answer, "Jag laser juristprogrammet.", "In-Reply-To: " + question.messageId(),
                "References: " + original + " " + question.messageId()));
        await().atMost(WAIT).until(() -> api.get("/api/cases/" + number).json().getString("status").equals("IN_PROGRESS"));

        var resolving = resolveArrives(number, sender, "Intyget är skickat till dig.", Swedish.TEXTS.resolving());
        assertThat(resolving.inReplyTo()).as("threaded on the customer's last mail").isEqualTo(answer);
        assertThat(resolving.references()).contains(original, reply.messageId(), question.messageId(), answer);
        assertThat(resolving.text()).contains("> Jag laser juristprogrammet.");
        storedCopiesHoldNoLink(number, reply, question, resolving);
    }

    @Test
    void aCaseWithoutAnAddressSaysSoAndStillTakesThePhoneAnswer() {
        var contact = Json.createObjectBuilder()
                .add("channel", "PHONE").add("subject", "Ingen e-post").add("message", "Ringde, har ingen e-postadress.")
                .add("customer", Json.createObjectBuilder().add("name", "Bo Ek").add("phone", "+46701234567").add("group", "STUDENT"))
                .add("topic", "it-software").build();
        var created = api.post("/api/cases", contact);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String number = created.json().getString("number");
        var routed = route(number, created.json());

        var replied = api.post("/api/cases/" + number + "/replies", Contacts.textAt(api, number, "Svar"));
        assertThat(replied.status()).as(replied.toString()).isEqualTo(409);
        assertThat(replied.body()).contains("no customer e-mail address", "call the customer back");
        var asked = api.post("/api/cases/" + number + "/questions", Contacts.withVersion(routed).add("text", "Fråga?").build());
        assertThat(asked.status()).as(asked.toString()).isEqualTo(409);

        var noted = api.post("/api/cases/" + number + "/notes", Contacts.textAt(api, number, "Ringde upp och svarade."));
        assertThat(noted.status()).as(noted.toString()).isIn(200, 201);
        var resolved = api.post("/api/cases/" + number + "/resolve", Contacts.withVersion(api.get("/api/cases/" + number).json())
                .add("reply", "Svarade i telefon: kontot är upplåst.").build());
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        assertThat(resolved.json().getString("status")).isEqualTo("RESOLVED");
        assertThat(MailChannel.mailOf(api, number).getJsonArray("messages")).isEmpty();
    }

    @Test
    void anAnswerIsSignedByTheQueueItComesFromInTheCustomersLanguage() {
        String code = "it-sign-" + UUID.randomUUID().toString().substring(0, 8);
        var queue = api.post("/api/queues", Json.createObjectBuilder().add("code", code).add("name", "Studentexpeditionen")
                .add("kind", "FRONT_OFFICE").build());
        assertThat(queue.status()).as(queue.toString()).isEqualTo(201);
        var signed = api.put("/api/queues/" + code + "/signatures", Json.createObjectBuilder()
                .add("signatureSv", "Hälsningar\nStudentexpeditionen").add("signatureEn", "Best regards\nThe Student Office").build());
        assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
        assertThat(signed.json().getString("signatureEn")).isEqualTo("Best regards\nThe Student Office");

        String email = Contacts.uniqueEmail();
        var contact = Json.createObjectBuilder(Contacts.newCase(email, "it-software")).remove("topic")
                .add("channel", "WEB").add("frontOffice", code).add("language", "en").build();
        var created = api.post("/api/cases", contact);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String number = created.json().getString("number");

        var reply = replyArrives(number, email, "Your certificate is on its way.", English.TEXTS.reply());
        assertThat(reply.text()).contains("Best regards\nThe Student Office").doesNotContain("Customer service", "Studentexpeditionen");
    }

    /** The texts that show which language a mail is in. */
    record Texts(String reply, String question, String resolving) {
    }

    private static final class Swedish {
        static final Texts TEXTS = new Texts("Har du fler frågor?", "Vi behöver ditt svar", "som löst");
    }

    private static final class English {
        static final Texts TEXTS = new Texts("Any more questions?", "We need your answer", "We consider case");
    }

    /** Reply, question, the customer's answer on the status page from the question's link, resolving reply. */
    private void answeredByStatusPage(JsonObject created, String email, Texts language) {
        String number = created.getString("number");
        String message = created.getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("kind").equals("INBOUND_MESSAGE")).findFirst().orElseThrow().getString("body");
        route(number, created);

        var reply = replyArrives(number, email, "First answer " + UUID.randomUUID(), language.reply());
        assertThat(reply.inReplyTo()).as("nothing of ours came before").isNull();
        assertThat(reply.text()).contains("> " + message.lines().findFirst().orElseThrow());

        var asked = api.post("/api/cases/" + number + "/questions", Contacts.withVersion(api.get("/api/cases/" + number).json())
                .add("text", "Which student number? " + number).build());
        assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
        var question = arrives(number, email, "Which student number? " + number, language.question());
        assertThat(question.inReplyTo()).as("threaded on our previous mail").isEqualTo(reply.messageId());
        assertThat(question.references()).contains(reply.messageId());

        String token = token(question);
        form().reply(token, "My number is 19990101-1234", List.of(), "198.51.100." + UUID.randomUUID());
        assertThat(api.get("/api/cases/" + number).json().getString("status")).isEqualTo("IN_PROGRESS");

        var resolving = resolveArrives(number, email, "Done " + UUID.randomUUID(), language.resolving());
        assertThat(resolving.inReplyTo()).isEqualTo(question.messageId());
        assertThat(resolving.references()).contains(reply.messageId(), question.messageId());
        assertThat(resolving.text()).as("quotes the answer from the status page").contains("> My number is 19990101-1234");
        storedCopiesHoldNoLink(number, reply, question, resolving);
    }

    private JsonObject register(String channel, String email, String subject, String message, String language) {
        var contact = Json.createObjectBuilder(Contacts.newCase(email, "it-software"))
                .add("channel", channel).add("subject", subject).add("message", message);
        if (language != null) {
            contact.add("language", language);
        }
        var created = api.post("/api/cases", contact.build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private JsonObject route(String number, JsonObject theCase) {
        var routed = api.post("/api/cases/" + number + "/triage", Contacts.withVersion(theCase).add("outcome", "ROUTE").build());
        assertThat(routed.status()).as(routed.toString()).isEqualTo(200);
        return routed.json();
    }

    private MailChannel.Received replyArrives(String number, String to, String text, String languageMark) {
        var replied = api.post("/api/cases/" + number + "/replies", Contacts.textAt(api, number, text));
        assertThat(replied.status()).as(replied.toString()).isEqualTo(201);
        return arrives(number, to, text, languageMark);
    }

    private MailChannel.Received resolveArrives(String number, String to, String text, String languageMark) {
        var resolved = api.post("/api/cases/" + number + "/resolve", Contacts.withVersion(api.get("/api/cases/" + number).json())
                .add("reply", text).build());
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        return arrives(number, to, text, languageMark);
    }

    /** The mail holding {@code text}: tagged, in the language, with a status link that opens this case. */
    private MailChannel.Received arrives(String number, String to, String text, String languageMark) {
        await().atMost(WAIT).until(() -> MailChannel.inboxOf(to).stream().anyMatch(m -> m.text().contains(text)));
        var mail = MailChannel.inboxOf(to).stream().filter(m -> m.text().contains(text)).findFirst()
                .map(m -> new MailChannel.Received(m.subject(), m.text().replace("\r\n", "\n"), m.messageId(), m.inReplyTo(),
                        m.references()))
                .orElseThrow();
        assertThat(mail.subject()).startsWith("[Ärende " + number + "] ");
        assertThat(mail.text()).as(mail.text()).contains(languageMark);
        assertThat(mail.messageId()).isNotBlank();
        assertThat(form().status(token(mail)).caseNumber()).isEqualTo(number);
        return mail;
    }

    private void storedCopiesHoldNoLink(String number, MailChannel.Received... mails) {
        await().atMost(WAIT).until(() -> MailChannel.mailOf(api, number).getJsonArray("messages").getValuesAs(JsonObject.class)
                .stream().filter(m -> m.getString("direction").equals("OUT")).allMatch(m -> m.getString("status").equals("SENT")));
        var stored = MailChannel.mailOf(api, number).getJsonArray("messages").getValuesAs(JsonObject.class);
        for (var mail : mails) {
            assertThat(stored).filteredOn(m -> m.getString("messageId").equals(mail.messageId())).singleElement()
                    .satisfies(m -> assertThat(m.getString("body")).doesNotContain(token(mail)));
        }
    }

    private static String token(MailChannel.Received mail) {
        var link = LINK.matcher(mail.text());
        assertThat(link.find()).as("a status link in: " + mail.text()).isTrue();
        return link.group(1);
    }

    private static PublicForm form() {
        return Application.lookup("java:global/ingang/ingang-ejb/PublicForm!" + PublicForm.class.getName());
    }
}
