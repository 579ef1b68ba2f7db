package se.ingang.mail.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageGuessTest {

    @Test
    void contentLanguageDecidesThenTheWords() {
        assertThat(LanguageGuess.of("en-GB", "Fråga", "Hej")).isEqualTo(Locale.ENGLISH);
        assertThat(LanguageGuess.of(null, "Question about my grade", "Hello, I would like to know")).isEqualTo(Locale.ENGLISH);
        assertThat(LanguageGuess.of(null, "Fråga om betyg", "Hej, när kommer det?").getLanguage()).isEqualTo("sv");
        assertThat(LanguageGuess.of(null, "12345", "").getLanguage()).isEqualTo("sv");
    }

    @Test
    void theReceiptSaysNumberAndDeadlineInTheLanguage() {
        var due = java.time.Instant.parse("2026-03-02T14:00:00Z");
        var sv = ReceiptText.of(Locale.forLanguageTag("sv"), "2026-000042", "Re: Fråga", due);
        var en = ReceiptText.of(Locale.ENGLISH, "2026-000042", "Question", due);
        assertThat(sv.subject()).isEqualTo("[Ärende 2026-000042] Vi har tagit emot ditt ärende: Fråga");
        assertThat(sv.body()).contains("ärende 2026-000042", "2 mars 2026 kl. 15:00");
        assertThat(en.subject()).startsWith("[Ärende 2026-000042] We have received");
        assertThat(en.body()).contains("case 2026-000042", "2 March 2026 at 15:00");
    }
}
