package se.ingang.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mail in through a real IMAP server: a new message becomes a case with a receipt; the
 * same message twice, or a crash between the commit and the \Seen flag, still gives one
 * entry; mail without a usable sender goes to the quarantine without blocking the next message; Swedish
 * charsets and oversize attachments.
 */
@ExtendWith(ArquillianExtension.class)
class MailIntakeIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final Api api = Api.ofThisServer();

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.of(MailIntakeIT.class);
    }

    @Test
    void newMailBecomesACaseInTheMailboxesFrontOfficeAndTheSenderGetsAReceipt() {
        var box = MailChannel.newMailbox(api, "intake");
        String sender = MailChannel.uniqueSender();
        MailChannel.deliver(sender, List.of(box.address()), MailChannel.simple("Åsa Öberg <" + sender + ">", box.address(),
                "Question about my degree certificate", MailChannel.uniqueMessageId(),
                "Hello, when will I get my degree certificate? Thanks"));

        await().atMost(WAIT).until(() -> MailChannel.casesOf(api, sender).size() == 1);
        JsonObject summary = MailChannel.casesOf(api, sender).get(0);
        String number = summary.getString("number");
        var detail = api.get("/api/cases/" + number).json();
        assertThat(detail.getString("channel")).isEqualTo("EMAIL");
        assertThat(detail.getString("queue")).isEqualTo("fo-registry");
        assertThat(detail.getString("subject")).isEqualTo("Question about my degree certificate");
        assertThat(detail.getJsonObject("customer").getString("email")).isEqualTo(sender);
        assertThat(detail.getJsonArray("timeline").getJsonObject(0).getString("body")).contains("degree certificate");

        await().atMost(WAIT).until(() -> MailChannel.inboxOf(sender).size() == 1);
        var receipt = MailChannel.inboxOf(sender).get(0);
        assertThat(receipt.subject()).startsWith("[Ärende " + number + "]").contains("We have received");
        assertThat(receipt.text()).contains("case " + number, "at the latest");
        var mail = MailChannel.mailOf(api, number).getJsonArray("messages").getValuesAs(JsonObject.class);
        assertThat(mail).extracting(m -> m.getString("direction") + " " + m.getString("kind"))
                .containsExactly("IN CUSTOMER", "OUT RECEIPT");
        assertThat(mail.get(1).getString("messageId")).isEqualTo(receipt.messageId());
    }

    @Test
    void theSameMessageDeliveredTwiceIsRegisteredOnce() {
        var box = MailChannel.newMailbox(api, "twice");
        String sender = MailChannel.uniqueSender();
        byte[] message = MailChannel.simple(sender, box.address(), "Dubbelt skickad", MailChannel.uniqueMessageId(), "Hej, samma brev två gånger.");
        MailChannel.deliver(sender, List.of(box.address()), message);
        MailChannel.deliver(sender, List.of(box.address()), message);

        await().atMost(WAIT).until(() -> MailChannel.allTakenIn(box.address(), 2));
        var cases = MailChannel.casesOf(api, sender);
        assertThat(cases).hasSize(1);
        var timeline = api.get("/api/cases/" + cases.get(0).getString("number")).json().getJsonArray("timeline")
                .getValuesAs(JsonObject.class);
        assertThat(timeline.stream().filter(e -> e.getString("kind").equals("INBOUND_MESSAGE"))).hasSize(1);
    }

    @Test
    void aCrashAfterTheCommitBeforeTheFlagLosesNothingAndDuplicatesNothing() {
        var box = MailChannel.newMailbox(api, "crash");
        var crashes = MailChannel.crashes();
        crashes.armOnce(box.id());
        String sender = MailChannel.uniqueSender();
        MailChannel.deliver(sender, List.of(box.address()), MailChannel.simple(sender, box.address(), "Krasch", MailChannel.uniqueMessageId(),
                "Hej, detta brev överlever en krasch."));

        await().atMost(WAIT).until(() -> !crashes.isArmed(box.id()));
        await().atMost(WAIT).until(() -> MailChannel.allTakenIn(box.address(), 1));
        var cases = MailChannel.casesOf(api, sender);
        assertThat(cases).as("registered once, although fetched twice").hasSize(1);
        var messages = MailChannel.mailOf(api, cases.get(0).getString("number")).getJsonArray("messages").getValuesAs(JsonObject.class);
        assertThat(messages.stream().filter(m -> m.getString("direction").equals("IN"))).hasSize(1);
        await().atMost(WAIT).until(() -> MailChannel.inboxOf(sender).size() == 1);
        assertThat(MailChannel.inboxOf(sender)).as("one receipt").hasSize(1);
    }

    @Test
    void mailWithoutAUsableSenderIsQuarantinedWithItsReasonAndTheNextMessageStillArrives() {
        // Broken MIME alone no longer quarantines (it is read leniently, MailCorpusIT); no sender to answer does.
        var box = MailChannel.newMailbox(api, "broken");
        String sender = MailChannel.uniqueSender();
        MailChannel.deliver(sender, List.of(box.address()), MailChannel.raw(
                "From: undisclosed-recipients:;",
                "To: " + box.address(),
                "Subject: trasig",
                "Message-ID: " + MailChannel.uniqueMessageId(),
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"finns-inte\"",
                "",
                "Här finns ingen enda del."));
        String next = MailChannel.uniqueSender();
        MailChannel.deliver(next, List.of(box.address()), MailChannel.simple(next, box.address(), "Efter den trasiga",
                MailChannel.uniqueMessageId(), "Jag kommer fram ändå."));

        await().atMost(WAIT).until(() -> MailChannel.casesOf(api, next).size() == 1);
        await().atMost(WAIT).until(() -> MailChannel.allTakenIn(box.address(), 2));
        assertThat(MailChannel.casesOf(api, sender)).isEmpty();
        var held = MailChannel.list(api, "/api/mail-quarantine").stream()
                .filter(q -> q.containsKey("mailboxId") && q.getJsonNumber("mailboxId").longValue() == box.id()).toList();
        assertThat(held).singleElement().satisfies(q -> assertThat(q.getString("reason")).contains("no usable sender"));

        long id = held.get(0).getJsonNumber("id").longValue();
        var retried = api.post("/api/mail-quarantine/" + id + "/retry", jakarta.json.Json.createObjectBuilder().build());
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.json().getString("outcome")).isEqualTo("QUARANTINED");
        assertThat(retried.json().getJsonObject("entry").getBoolean("released")).isFalse();
        assertThat(api.download("/api/mail-quarantine/" + id + "/raw").body()).contains("Subject: trasig");
    }

    @Test
    void swedishInLatin1Windows1252AndBase64Utf8RendersCorrectly() {
        var box = MailChannel.newMailbox(api, "charset");
        String latin = MailChannel.uniqueSender();
        MailChannel.deliver(latin, List.of(box.address()), MailChannel.raw(
                "From: =?ISO-8859-1?Q?=C5sa_=D6berg?= <" + latin + ">",
                "To: " + box.address(),
                "Subject: =?windows-1252?Q?R=E4ksm=F6rg=E5s_=96_fr=E5ga?=",
                "Message-ID: " + MailChannel.uniqueMessageId(),
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=ISO-8859-1",
                "Content-Transfer-Encoding: quoted-printable",
                "",
                "H=E4lsningar fr=E5n =D6rebro, =E5=E4=F6 =C5=C4=D6."));
        String utf = MailChannel.uniqueSender();
        String html = Base64.getMimeEncoder().encodeToString(
                "<p>Jag har en fråga om <b>betyg</b></p><script>alert('x')</script><img src=\"https://spår.example/p.gif\">".getBytes(StandardCharsets.UTF_8));
        MailChannel.deliver(utf, List.of(box.address()), MailChannel.raw(
                "From: " + utf,
                "To: " + box.address(),
                "Subject: =?UTF-8?B?" + Base64.getEncoder().encodeToString("Fråga om betyg".getBytes(StandardCharsets.UTF_8)) + "?=",
                "Message-ID: " + MailChannel.uniqueMessageId(),
                "MIME-Version: 1.0",
                "Content-Type: text/html; charset=UTF-8",
                "Content-Transfer-Encoding: base64",
                "",
                html));

        await().atMost(WAIT).until(() -> MailChannel.casesOf(api, latin).size() == 1 && MailChannel.casesOf(api, utf).size() == 1);
        var first = api.get("/api/cases/" + MailChannel.casesOf(api, latin).get(0).getString("number")).json();
        assertThat(first.getString("subject")).isEqualTo("Räksmörgås – fråga");
        assertThat(first.getJsonObject("customer").getString("name")).isEqualTo("Åsa Öberg");
        assertThat(first.getJsonArray("timeline").getJsonObject(0).getString("body")).isEqualTo("Hälsningar från Örebro, åäö ÅÄÖ.");
        String second = MailChannel.casesOf(api, utf).get(0).getString("number");
        var secondCase = api.get("/api/cases/" + second).json();
        assertThat(secondCase.getString("subject")).isEqualTo("Fråga om betyg");
        assertThat(secondCase.getJsonArray("timeline").getJsonObject(0).getString("body")).isEqualTo("Jag har en fråga om betyg");
        var stored = MailChannel.mailOf(api, second).getJsonArray("messages").getJsonObject(0);
        assertThat(stored.getString("html")).contains("<b>betyg</b>").doesNotContain("script", "img", "spår.example");
    }

    @Test
    void anOversizeAttachmentIsDroppedWithANoteAndTheCaseStillRegistered() {
        var box = MailChannel.newMailbox(api, "oversize");
        String sender = MailChannel.uniqueSender();
        String small = Base64.getMimeEncoder().encodeToString("%PDF-1.4 intyg".getBytes(StandardCharsets.US_ASCII));
        String big = Base64.getMimeEncoder().encodeToString(new byte[300_000]); // the test server keeps 200 000 bytes
        MailChannel.deliver(sender, List.of(box.address()), MailChannel.raw(
                "From: " + sender,
                "To: " + box.address(),
                "Subject: Bilagor",
                "Message-ID: " + MailChannel.uniqueMessageId(),
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"gr\"",
                "",
                "--gr",
                "Content-Type: text/plain; charset=UTF-8",
                "",
                "Se bilagorna.",
                "--gr",
                "Content-Type: application/pdf; name=\"intyg.pdf\"",
                "Content-Disposition: attachment; filename=\"intyg.pdf\"",
                "Content-Transfer-Encoding: base64",
                "",
                small,
                "--gr",
                "Content-Type: application/octet-stream; name=\"film.mov\"",
                "Content-Disposition: attachment; filename=\"film.mov\"",
                "Content-Transfer-Encoding: base64",
                "",
                big,
                "--gr--"));

        await().atMost(WAIT).until(() -> MailChannel.casesOf(api, sender).size() == 1);
        String number = MailChannel.casesOf(api, sender).get(0).getString("number");
        var attachments = MailChannel.list(api, "/api/cases/" + number + "/attachments");
        assertThat(attachments).extracting(a -> a.getString("fileName")).containsExactly("intyg.pdf");
        var inbound = MailChannel.mailOf(api, number).getJsonArray("messages").getJsonObject(0);
        assertThat(attachments.get(0).getString("source")).isEqualTo("MAIL");
        assertThat(attachments.get(0).getJsonNumber("mailMessageId").longValue()).isEqualTo(inbound.getJsonNumber("id").longValue());
        assertThat(attachments.get(0).containsKey("entryId")).as("kept with the message it came with").isTrue();
        var download = api.download("/api/cases/" + number + "/attachments/" + attachments.get(0).getJsonNumber("id"));
        assertThat(download.body()).isEqualTo("%PDF-1.4 intyg");
        var notes = api.get("/api/cases/" + number).json().getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("kind").equals("INTERNAL_NOTE")).map(e -> e.getString("body")).toList();
        assertThat(notes).anySatisfy(n -> assertThat(n).contains("film.mov", "300000 bytes", "larger than the limit"));
    }
}
