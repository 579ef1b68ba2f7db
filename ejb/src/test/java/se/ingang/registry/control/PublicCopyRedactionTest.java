package se.ingang.registry.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PublicCopyRedactionTest {

    private final PublicCopyRedaction redaction = new PublicCopyRedaction(
            List.of("Åsa Öberg", "asa.oberg@example.se", "+46701234567"));

    @Test
    void knownNamesAndTheirPartsAreRemoved() {
        String text = redaction.redact("Hej Åsa! Åsa Öberg skrev till oss. Öberg har fått svar.");
        assertThat(text).doesNotContain("Åsa", "Öberg").contains("Hej", "skrev till oss", PublicCopyRedaction.REDACTED);
    }

    @Test
    void addressesPhoneNumbersAndPersonalIdentityNumbersAreRemoved() {
        String text = redaction.redact("Skriv till asa.oberg@example.se eller kalle@firma.com, ring 070-123 45 67 "
                + "eller +46 8 555 123 45. Personnummer 19900101-1234 och 900101-1234.");
        assertThat(text).doesNotContain("@", "070-123 45 67", "555 123 45", "19900101-1234", "900101-1234")
                .contains("Skriv till", "Personnummer");
    }

    @Test
    void ordinaryTextStaysAndNullStaysNull() {
        assertThat(redaction.redact("Ansökan om studieuppehåll beviljas för 2 terminer."))
                .isEqualTo("Ansökan om studieuppehåll beviljas för 2 terminer.");
        assertThat(redaction.redact(null)).isNull();
    }
}
