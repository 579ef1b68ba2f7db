package se.ingang.mail.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import se.ingang.mail.entity.MailKind;

/**
 * Issue 15: what real mail looks like, and what intake makes of it — identity by content,
 * lenient MIME, one broken part costing only that part, 8-bit headers and unlabelled bodies,
 * sender addresses with comments and words, auto-replies without Auto-Submitted.
 */
class IntakeParsingTest {

    private final MailParser parser = new MailParser(100_000);

    @Test
    void twoDifferentMessagesReusingAMessageIdHaveTwoKeysAndOneMessageDeliveredTwiceHasOne() throws Exception {
        var first = parser.parse(RawMail.of("From: a@example.org", "Message-ID: <same@example.org>", "Subject: one", "", "first text"));
        var second = parser.parse(RawMail.of("From: b@example.org", "Message-ID: <same@example.org>", "Subject: two", "", "second text"));
        var again = parser.parse(RawMail.of("Received: from mx2 by us; Tue, 1 Dec 2026 10:00:05 +0100",
                "Return-Path: <a@example.org>", "Delivered-To: other@ingang.test",
                "From: a@example.org", "Message-ID: <same@example.org>", "Subject: one", "", "first text", ""));

        assertThat(first.messageId()).isEqualTo(second.messageId()).isEqualTo("<same@example.org>");
        assertThat(first.key()).isNotEqualTo(second.key());
        assertThat(again.key()).as("trace headers and trailing blank lines differ per delivery").isEqualTo(first.key());
    }

    @Test
    void lenientMimeReadsSloppyParametersUnknownEncodingsAndBadDispositions() throws Exception {
        var mail = parser.parse(RawMail.of(
                "From: a@example.org",
                "Subject: sloppy",
                "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=b1; charset=utf-8;",
                "",
                "--b1",
                "Content-Type: text/plain; charset=us-ascii; format=flowed; delsp",
                "Content-Transfer-Encoding: 7-bit",
                "",
                "Hello in seven bits",
                "--b1",
                "Content-Type: application/pdf; name=intyg 2026.pdf",
                "Content-Disposition: attachment; filename=intyg 2026.pdf; size=",
                "Content-Transfer-Encoding: plain",
                "",
                "%PDF-1.4",
                "--b1--"));

        assertThat(mail.text()).isEqualTo("Hello in seven bits");
        assertThat(mail.attachments()).singleElement().satisfies(p -> assertThat(p.fileName()).isEqualTo("intyg 2026.pdf"));
        assertThat(mail.unreadable()).isEmpty();
    }

    @Test
    void aBrokenBase64AttachmentIsKeptAsItCameAndTheMessageStillReads() throws Exception {
        var mail = parser.parse(RawMail.of(
                "From: a@example.org",
                "Subject: bilaga",
                "Content-Type: multipart/mixed; boundary=\"b\"",
                "",
                "--b",
                "Content-Type: text/plain; charset=UTF-8",
                "",
                "See the attachment.",
                "--b",
                "Content-Type: image/png; name=\"bild.png\"",
                "Content-Disposition: attachment; filename=\"bild.png\"",
                "Content-Transfer-Encoding: base64",
                "",
                "iVBORw0KGgo!!!not*base64%%%",
                "--b--"));

        assertThat(mail.text()).isEqualTo("See the attachment.");
        assertThat(mail.attachments()).extracting(ParsedMail.Part::fileName).containsExactly("bild.png");
    }

    @Test
    void aMultipartWithoutStartBoundaryIsReadAsItsText() throws Exception {
        var mail = parser.parse(RawMail.of(
                "From: a@example.org",
                "Subject: no boundary",
                "Content-Type: multipart/alternative; boundary=\"xyz\"",
                "",
                "Hej, jag undrar om min ansokan."));
        assertThat(mail.text()).isEqualTo("Hej, jag undrar om min ansokan.");
    }

    @Test
    void latin1BytesInAFromHeaderWithoutEncodingReadAsLatin1() throws Exception {
        byte[] raw = bytes(StandardCharsets.ISO_8859_1,
                "From: H\u00e5vard Sj\u00f6gren <havard@example.no>\r\nSubject: Fr\u00e5ga\r\n"
                        + "Content-Type: text/plain; charset=ISO-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\nH\u00e4lsningar\r\n");
        var mail = parser.parse(raw);
        assertThat(mail.fromName()).isEqualTo("H\u00e5vard Sj\u00f6gren");
        assertThat(mail.subject()).isEqualTo("Fr\u00e5ga");
        assertThat(mail.text()).isEqualTo("H\u00e4lsningar");
    }

    @Test
    void koi8rHeadersAndBodyWithoutACharsetAreRecognised() throws Exception {
        Charset koi8 = Charset.forName("KOI8-R");
        String text = "Здравствуйте! Я хотел бы узнать, когда будет готов мой диплом. Спасибо за помощь, с уважением";
        byte[] raw = bytes(koi8, "From: Иван Петров <ivan@example.ru>\r\nSubject: Вопрос о дипломе\r\n"
                + "Content-Type: text/plain\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + text + "\r\n");
        var mail = parser.parse(raw);
        assertThat(mail.text()).isEqualTo(text);
        assertThat(mail.fromName()).isEqualTo("Иван Петров");
        assertThat(mail.subject()).isEqualTo("Вопрос о дипломе");
    }

    @Test
    void senderAddressesWithCommentsWordsOrTwoAddressesGiveTheFirstValidOne() throws Exception {
        assertThat(from("pete(his account)@silly.test(his host)")).isEqualTo("pete@silly.test");
        assertThat(from("big bug bb@bug.com")).isEqualTo("bb@bug.com");
        // RFC 5322 appendix A.5 (white space, comments and other oddities), real in the Ruby mail library's fixtures.
        assertThat(from("John Doe <jdoe@machine(comment).  example>")).isEqualTo("jdoe@machine.example");
        assertThat(from("First <first@example.org>, Second <second@example.org>")).isEqualTo("first@example.org");
        assertThat(from("JDoe@Example.ORG")).isEqualTo("jdoe@example.org");
        assertThat(from("jdöe@xn--mchine-bua.example")).isEqualTo("jdöe@mächine.example");
        assertThatThrownBy(() -> from("undisclosed-recipients:;")).isInstanceOf(MalformedMailException.class)
                .hasMessageContaining("no usable sender");
        var mail = parser.parse(RawMail.of("From: big bug bb@bug.com", "Subject: s", "", "t"));
        assertThat(mail.fromHeader()).as("the raw header kept for the record").isEqualTo("big bug bb@bug.com");
    }

    @Test
    void exchangeOutOfOfficeWithoutAutoSubmittedIsAnAutoReply() throws Exception {
        var exchange = parser.parse(utf8("From: kollega@example.se", "Subject: Automatiskt svar: Din fråga",
                "X-Auto-Response-Suppress: All", "", "Jag är borta till måndag."));
        var bySubject = parser.parse(RawMail.of("From: c@example.de", "Subject: Automatische Antwort: Ihre Frage", "", "Ich bin im Urlaub."));
        var outlook = parser.parse(RawMail.of("From: d@example.com", "Subject: Out of Office: question", "", "Away."));
        var person = parser.parse(utf8("From: e@example.se", "Subject: Frånvarande från tentamen", "", "Jag var sjuk."));

        assertThat(exchange.kind()).isEqualTo(MailKind.AUTO_REPLY);
        assertThat(bySubject.kind()).isEqualTo(MailKind.AUTO_REPLY);
        assertThat(outlook.kind()).isEqualTo(MailKind.AUTO_REPLY);
        assertThat(person.kind()).as("a student's subject is not an auto-reply").isEqualTo(MailKind.CUSTOMER);
    }

    private String from(String header) throws MalformedMailException {
        return parser.parse(utf8("From: " + header, "Subject: s", "", "t")).fromAddress();
    }

    private static byte[] utf8(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Charset charset, String text) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(text.getBytes(charset));
        return out.toByteArray();
    }
}
