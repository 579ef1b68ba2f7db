package se.ingang.mail.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReplyTextTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @Test
    void aReplyIsTaggedSignedAndQuotesTheCustomerUnderAPlaceholderForTheLink() {
        var text = ReplyText.of(SWEDISH, ReplyText.Purpose.REPLY, "2026-000042", "Re: Studieintyg", "Intyget är skickat.", null,
                null, "Hej!\nJag behöver ett intyg.");

        assertThat(text.subject()).isEqualTo("[Ärende 2026-000042] Studieintyg");
        assertThat(text.body()).startsWith("Intyget är skickat.\n\nHar du fler frågor?")
                .contains(text.statusLinkPlaceholder(), "Med vänliga hälsningar\nKundtjänsten")
                .endsWith("Ditt meddelande:\n> Hej!\n> Jag behöver ett intyg.\n");
        assertThat(text.body().indexOf("Kundtjänsten")).as("signature above the quote")
                .isLessThan(text.body().indexOf("> Hej!"));
    }

    @Test
    void aQuestionInEnglishAsksForTheAnswerAndUsesTheGroupSignature() {
        var text = ReplyText.of(Locale.ENGLISH, ReplyText.Purpose.QUESTION, "2026-000043", "Exam", "Which course code?", null,
                "Exams office\nBuilding A", null);

        assertThat(text.body()).contains("Which course code?", "We need your answer to go on with case 2026-000043",
                "keep this link to yourself", "(the private link was in the e-mail we sent)", "Exams office\nBuilding A")
                .doesNotContain("Customer service", "Your message:");
    }

    @Test
    void theResolvingReplySaysTheCaseIsResolvedAndHowToReopen() {
        var text = ReplyText.of(SWEDISH, ReplyText.Purpose.RESOLVING_REPLY, "2026-000044", "Lånekort", "Kortet är förnyat.", null,
                " ", null);

        assertThat(text.body()).contains("Vi ser ärende 2026-000044 som löst", "så öppnar vi det igen", "Kundtjänsten");
    }

    @Test
    void aPromiseNamesTheDateInStockholmTime() {
        var text = ReplyText.of(Locale.ENGLISH, ReplyText.Purpose.PROMISE, "2026-000045", "Grant", null,
                Instant.parse("2026-12-10T14:00:00Z"), null, null);

        assertThat(text.body()).startsWith("We have not forgotten your case 2026-000045. We will get back to you by 10 December 2026 at 15:00.");
    }
}
