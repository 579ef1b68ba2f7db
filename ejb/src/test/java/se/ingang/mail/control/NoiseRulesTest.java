package se.ingang.mail.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import se.ingang.mail.entity.MailKind;

class NoiseRulesTest {

    private static MailKind classify(Map<String, String> headers, String type) {
        return NoiseRules.classify(headers::get, type);
    }

    @Test
    void aPersonsMailIsCustomerMail() {
        assertThat(classify(Map.of("Auto-Submitted", "no", "Return-Path", "<a@example.org>"), "text/plain")).isEqualTo(MailKind.CUSTOMER);
    }

    @Test
    void autoRepliesAreRecognisedByTheirHeaders() {
        assertThat(classify(Map.of("Auto-Submitted", "auto-replied"), "text/plain")).isEqualTo(MailKind.AUTO_REPLY);
        assertThat(classify(Map.of("Auto-Submitted", "auto-generated"), "text/plain")).isEqualTo(MailKind.AUTO_REPLY);
        assertThat(classify(Map.of("X-Autoreply", "yes"), "text/plain")).isEqualTo(MailKind.AUTO_REPLY);
        assertThat(classify(Map.of("X-Autorespond", "Out of office"), "text/plain")).isEqualTo(MailKind.AUTO_REPLY);
    }

    @Test
    void bulkListAndJunkPrecedenceIsBulk() {
        for (String p : new String[] {"bulk", "list", "junk", " Bulk "}) {
            assertThat(classify(Map.of("Precedence", p), "text/plain")).as(p).isEqualTo(MailKind.BULK);
        }
    }

    @Test
    void bouncesAreDeliveryReportsOrMailWithAnEmptyReturnPath() {
        assertThat(classify(Map.of(), "multipart/report; report-type=delivery-status; boundary=x")).isEqualTo(MailKind.BOUNCE);
        assertThat(classify(Map.of("Return-Path", "<>"), "text/plain")).isEqualTo(MailKind.BOUNCE);
        assertThat(classify(Map.of("Return-Path", "< >"), "text/plain")).isEqualTo(MailKind.BOUNCE);
    }

    @Test
    void eachVerdictSaysWhichRuleMadeItNoiseForTheNoiseLog() {
        assertThat(NoiseRules.judge(Map.of("Precedence", " Bulk ")::get, "text/plain", "Nyheter").reason()).isEqualTo("Precedence: bulk");
        assertThat(NoiseRules.judge(Map.of("Auto-Submitted", "auto-replied")::get, "text/plain", null).reason())
                .isEqualTo("Auto-Submitted: auto-replied");
        assertThat(NoiseRules.judge(Map.<String, String>of()::get, "text/plain", "Out of office: back Monday").reason())
                .isEqualTo("auto-reply subject");
        assertThat(NoiseRules.judge(Map.of("From", "MAILER-DAEMON@mx.example.se")::get, "text/plain", "x").reason())
                .isEqualTo("From: MAILER-DAEMON");
        var person = NoiseRules.judge(Map.<String, String>of()::get, "text/plain", "Fråga");
        assertThat(person.kind()).isEqualTo(MailKind.CUSTOMER);
        assertThat(person.reason()).isNull();
    }
}
