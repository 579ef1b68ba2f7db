package se.ingang.mail.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import se.ingang.mail.entity.MailKind;

class MailParserTest {

    private final MailParser parser = new MailParser(1000);

    @Test
    void rfc2047SubjectAndQuotedPrintableUtf8BodyReadAsSwedish() throws Exception {
        var mail = parser.parse(RawMail.of(
                "From: =?UTF-8?Q?=C3=85sa_=C3=96berg?= <Asa@Example.org>",
                "To: support@ingang.test",
                "Subject: =?UTF-8?B?RnLDpWdhIG9tIGV4YW1lbg==?=",
                "Message-ID: <abc@example.org>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=UTF-8",
                "Content-Transfer-Encoding: quoted-printable",
                "",
                "Hej! N=C3=A4r f=C3=A5r jag mitt betyg? =C3=96vriga fr=C3=A5gor."));

        assertThat(mail.subject()).isEqualTo("Fråga om examen");
        assertThat(mail.fromName()).isEqualTo("Åsa Öberg");
        assertThat(mail.fromAddress()).isEqualTo("asa@example.org");
        assertThat(mail.text()).isEqualTo("Hej! När får jag mitt betyg? Övriga frågor.");
        assertThat(mail.messageId()).isEqualTo("<abc@example.org>");
        assertThat(mail.key()).startsWith("sha256:");
        assertThat(mail.kind()).isEqualTo(MailKind.CUSTOMER);
    }

    @Test
    void isoLatin1AndWindows1252BodiesDecodeInTheirCharset() throws Exception {
        var latin1 = parser.parse(RawMail.withBody(StandardCharsets.ISO_8859_1,
                "From: a@example.org\nSubject: =?ISO-8859-1?Q?R=E4ksm=F6rg=E5s?=\nContent-Type: text/plain; charset=ISO-8859-1\nContent-Transfer-Encoding: 8bit",
                "Räksmörgås åt jag."));
        var cp1252 = parser.parse(RawMail.withBody(Charset.forName("windows-1252"),
                "From: a@example.org\nSubject: x\nContent-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: 8bit",
                "Får jag “citera” – tack… €"));

        assertThat(latin1.subject()).isEqualTo("Räksmörgås");
        assertThat(latin1.text()).isEqualTo("Räksmörgås åt jag.");
        assertThat(cp1252.text()).isEqualTo("Får jag “citera” – tack… €");
    }

    @Test
    void base64BodyAndTextPreferredOverHtml() throws Exception {
        String b64 = Base64.getEncoder().encodeToString("Vänliga hälsningar".getBytes(StandardCharsets.UTF_8));
        var mail = parser.parse(RawMail.of(
                "From: a@example.org",
                "Subject: alt",
                "Content-Type: multipart/alternative; boundary=\"b1\"",
                "",
                "--b1",
                "Content-Type: text/plain; charset=UTF-8",
                "Content-Transfer-Encoding: base64",
                "",
                b64,
                "--b1",
                "Content-Type: text/html; charset=UTF-8",
                "",
                "<p>HTML <b>version</b></p><script>alert(1)</script>",
                "--b1--"));

        assertThat(mail.text()).isEqualTo("Vänliga hälsningar");
        assertThat(mail.sanitisedHtml()).contains("<b>version</b>").doesNotContain("script", "alert");
    }

    @Test
    void htmlOnlyMailIsSanitisedAndShownAsText() throws Exception {
        var mail = parser.parse(RawMail.of(
                "From: a@example.org",
                "Subject: html",
                "Content-Type: text/html; charset=UTF-8",
                "",
                "<div onclick=\"x()\">Hej &amp; v&auml;lkommen<br>rad tv&aring;</div><img src=\"https://tracker.example/p.gif\"><script>steal()</script>"));

        assertThat(mail.text()).isEqualTo("Hej & välkommen\nrad två");
        assertThat(mail.sanitisedHtml()).doesNotContain("img", "tracker", "script", "onclick");
    }

    @Test
    void attachmentsAreKeptAndOversizeOnesDroppedWithTheReason() throws Exception {
        String small = Base64.getEncoder().encodeToString("tiny".getBytes(StandardCharsets.US_ASCII));
        String big = Base64.getEncoder().encodeToString(new byte[2000]);
        var mail = parser.parse(RawMail.of(
                "From: a@example.org",
                "Subject: files",
                "Content-Type: multipart/mixed; boundary=\"m\"",
                "",
                "--m",
                "Content-Type: text/plain; charset=UTF-8",
                "",
                "see files",
                "--m",
                "Content-Type: application/pdf; name=\"intyg.pdf\"",
                "Content-Disposition: attachment; filename=\"intyg.pdf\"",
                "Content-Transfer-Encoding: base64",
                "",
                small,
                "--m",
                "Content-Type: image/png",
                "Content-ID: <img1@x>",
                "Content-Disposition: inline",
                "Content-Transfer-Encoding: base64",
                "",
                small,
                "--m",
                "Content-Type: application/zip; name=\"huge.zip\"",
                "Content-Disposition: attachment; filename=\"huge.zip\"",
                "Content-Transfer-Encoding: base64",
                "",
                big,
                "--m--"));

        assertThat(mail.text()).isEqualTo("see files");
        assertThat(mail.attachments()).extracting(ParsedMail.Part::fileName).containsExactly("intyg.pdf", "part.png");
        assertThat(mail.attachments().get(1).inline()).isTrue();
        assertThat(mail.dropped()).singleElement().satisfies(d -> {
            assertThat(d.fileName()).isEqualTo("huge.zip");
            assertThat(d.size()).isEqualTo(2000);
            assertThat(d.reason()).contains("1000 bytes");
        });
    }

    @Test
    void withoutMessageIdTheKeyIsAHashOfTheRawBytes() throws Exception {
        byte[] raw = RawMail.of("From: a@example.org", "Subject: s", "", "body");
        assertThat(parser.parse(raw).key()).startsWith("sha256:").isEqualTo(parser.parse(raw.clone()).key());
        assertThat(parser.parse(RawMail.of("From: a@example.org", "Subject: s", "", "other")).key())
                .isNotEqualTo(parser.parse(raw).key());
    }

    @Test
    void aMultipartWithoutItsBoundaryIsReadAsTextAndOnlyAMissingSenderIsRefused() throws Exception {
        var broken = parser.parse(RawMail.of(
                "From: a@example.org",
                "Subject: broken",
                "Content-Type: multipart/mixed; boundary=\"never-used\"",
                "",
                "no parts at all here"));
        assertThat(broken.text()).isEqualTo("no parts at all here");
        assertThatThrownBy(() -> parser.parse(RawMail.of("Subject: who?", "", "text")))
                .isInstanceOf(MalformedMailException.class).hasMessageContaining("no sender");
    }

    @Test
    void aDeliveryStatusReportNamesTheBouncedMessageAndRecipient() throws Exception {
        var mail = parser.parse(RawMail.of(
                "From: MAILER-DAEMON@mx.example.org",
                "Subject: Undelivered Mail Returned to Sender",
                "Content-Type: multipart/report; report-type=delivery-status; boundary=\"r\"",
                "",
                "--r",
                "Content-Type: text/plain",
                "",
                "Could not deliver.",
                "--r",
                "Content-Type: message/delivery-status",
                "",
                "Reporting-MTA: dns; mx.example.org",
                "",
                "Final-Recipient: rfc822; Gone@Example.org",
                "Action: failed",
                "Status: 5.1.1",
                "Diagnostic-Code: smtp; 550 no such user",
                "",
                "--r",
                "Content-Type: text/rfc822-headers",
                "",
                "Message-ID: <ours.2026-000001@ingang.test>",
                "Subject: [Ärende 2026-000001] Svar",
                "",
                "--r--"));

        assertThat(mail.kind()).isEqualTo(MailKind.BOUNCE);
        assertThat(mail.bouncedIds()).containsExactly("<ours.2026-000001@ingang.test>");
        assertThat(mail.bouncedRecipient()).isEqualTo("gone@example.org");
        assertThat(mail.bounceDetail()).contains("5.1.1", "550 no such user");
    }

    @Test
    void referencedIdsPutInReplyToFirstThenReferencesNewestFirst() throws Exception {
        var mail = parser.parse(RawMail.of(
                "From: a@example.org",
                "Subject: Re: x",
                "In-Reply-To: <c@x>",
                "References: <a@x> <b@x>",
                " <c@x>",
                "",
                "text"));
        assertThat(mail.referencedIds()).containsExactly("<c@x>", "<b@x>", "<a@x>");
    }

    @Test
    void rawUtf8HeadersAreReadAsUtf8() throws Exception {
        byte[] raw = ("From: a@example.org\r\nSubject: Re: [Ärende 2026-000123] Fråga\r\n\r\ntext\r\n").getBytes(StandardCharsets.UTF_8);
        var mail = parser.parse(raw);
        assertThat(mail.subject()).isEqualTo("Re: [Ärende 2026-000123] Fråga");
        assertThat(SubjectTag.caseNumberIn(mail.subject())).contains("2026-000123");
    }
}
