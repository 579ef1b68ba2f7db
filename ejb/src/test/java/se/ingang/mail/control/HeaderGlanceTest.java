package se.ingang.mail.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HeaderGlanceTest {

    private static HeaderGlance.Glance glance(String raw) {
        return HeaderGlance.of(raw.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void senderAndSubjectAreDecodedEvenWhenTheFromHoldsNoAddress() {
        var g = glance("From: undisclosed-recipients:;\r\nSubject: =?UTF-8?B?RnLDpWdh?=\r\nContent-Type: multipart/mixed\r\n\r\nbody");
        assertThat(g.from()).isEqualTo("undisclosed-recipients:;");
        assertThat(g.subject()).isEqualTo("Fråga");
    }

    @Test
    void rawEightBitHeadersAndFoldedLinesAreRead() {
        var g = glance("From: H\u00e5vard <h@example.se>\r\nSubject: l\u00e5ng\r\n  rad\r\n\r\n");
        assertThat(g.from()).isEqualTo("Håvard <h@example.se>");
        assertThat(g.subject()).isEqualTo("lång rad");
    }

    @Test
    void controlCharactersNeverReachTheListAndNothingReadableIsNull() {
        assertThat(glance("Subject: a\u0007b\u001b[31m\r\n\r\n").subject()).isEqualTo("a b [31m");
        assertThat(glance("no headers at all").from()).isNull();
        assertThat(HeaderGlance.of(new byte[0]).subject()).isNull();
        assertThat(HeaderGlance.of(null).from()).isNull();
    }

    @Test
    void valuesAreClippedToAHeaderLine() {
        assertThat(glance("Subject: " + "x".repeat(5000) + "\r\n\r\n").subject()).hasSize(HeaderGlance.MAX);
    }
}
